"""Fifteen rejection emails written for these tests, as people paste them into a chat.

Columns: email, company, role, stage, kind. Every email is our own invention.
"""

from __future__ import annotations

EMAILS: tuple[tuple[str, str | None, str | None, str | None, str | None], ...] = (
    ("""Dear Sam,

Thank you for your interest in the Senior Data Analyst position at Globex and for the time you
spent with our team during the final round interviews.

After careful consideration, we have decided to move forward with other candidates whose
experience more closely matches our current needs.

We wish you every success in your search.

Kind regards,
The Globex Recruiting Team""", "Globex", "Senior Data Analyst", "final", "other_candidates"),
    ("""Hi Priya,

Thanks for applying to Initech. We really appreciate you taking the time to apply for the
Backend Engineer role.

Unfortunately, we will not be moving forward with your application at this time. We receive a
large number of applications and can only progress a small number of them.

Best,
Initech Talent Acquisition""", "Initech", "Backend Engineer", "applied", "not_selected"),
    ("""From: Careers <careers@hooli.com>
Subject: Your application

Hello Alex,

Thank you for taking the time to interview with us for the Product Designer role. It was a
pleasure to learn more about your work.

We regret to inform you that we have decided not to proceed with your candidacy. We will keep
your resume on file and may contact you should a suitable opening arise.

Regards,
Hooli People Team""", "Hooli", "Product Designer", "interview", "keep_on_file"),
    ("""Dear Jordan,

Thank you for your application for the position of Marketing Coordinator at Vandelay Industries.

We are sorry to let you know that the position has been filled.

Yours sincerely,
Human Resources
Vandelay Industries""", "Vandelay Industries", "Marketing Coordinator", "applied",
     "other_candidates"),
    ("""Hi Chris,

I wanted to reach out personally after your phone screen last week. Due to a company-wide hiring
freeze, the Account Executive role has been put on hold and we are not able to continue the
process for now.

I'm sorry for the news and hope our paths cross again.

Maria Lopez
Recruiter | Stark Industries""", "Stark Industries", "Account Executive", "screen",
     "not_hiring"),
    ("""Dear Applicant,

Thank you for contacting Wayne Enterprises. We only accept applications through our careers
website and are unable to review CVs sent by email. Please apply online for any open position.

Wayne Enterprises Recruitment""", "Wayne Enterprises", None, "applied", "only_applications"),
    ("""Hello Taylor,

Thank you for your interest in joining Soylent as a Food Scientist and for completing the
take-home assignment.

After reviewing all candidates, we have decided to move forward with another candidate for this
role. We were impressed by your background and would encourage you to apply again in future.

All the best,
Soylent Hiring Team""", "Soylent", None, "interview", "other_candidates"),
    ("""Dear Morgan,

Thank you for attending the assessment centre for our Graduate Scheme at Aperture Science.

Unfortunately, on this occasion you have not been successful. We received a very high number of
strong applications this year.

Best wishes,
Graduate Recruitment Team
Aperture Science""", "Aperture Science", None, "interview", "not_selected"),
    ("""Hi Sam,

Thanks so much for speaking with us about the Customer Success Manager opportunity at Pied
Piper. We enjoyed our conversation.

We've decided not to move forward at this stage, as we're looking for someone with more
enterprise SaaS experience.

Cheers,
Jared
Talent Team at Pied Piper""", "Pied Piper", "Customer Success Manager", "screen",
     "other_candidates"),
    ("""Dear Robin,

Following your final interview for the Finance Manager role, we wanted to thank you for your
time and effort throughout the process.

We are sorry to say that we will not be offering you the position. The panel felt that another
candidate was a closer fit for the team.

With best regards,
Oscorp Human Resources""", "Oscorp", "Finance Manager", "final", "other_candidates"),
    ("""From: no-reply@myworkday.com
Subject: Update on your application - Software Engineer II

Dear candidate,

Thank you for applying to Cyberdyne Systems. After careful review, we have decided not to
progress your application for the Software Engineer II position.

We encourage you to keep an eye on our careers page.

Cyberdyne Systems Talent Acquisition""", "Cyberdyne Systems", "Software Engineer II",
     "applied", "not_selected"),
    ("""Hi Jamie,

Thank you for your patience. I'm sorry to tell you that the Operations Analyst role was
cancelled following a restructure, so we won't be filling it.

I'll keep your details on file and reach out if something similar opens up.

Best,
Dana
People Partner, Massive Dynamic""", "Massive Dynamic", "Operations Analyst", None,
     "not_hiring"),
    ("""Dear Lee,

Many thanks for your time on the second round interview for the Staff Nurse post.

We regret that on this occasion your application has been unsuccessful.

Kind regards,
Recruitment Team
St Mungo's Hospital""", "St Mungo's Hospital", "Staff Nurse", "interview", "not_selected"),
    ("""Hello Kai,

Thank you for your interest in the Junior Copywriter position at Sterling Cooper.

We have reviewed your application and unfortunately we will not be taking it further. We have
added your profile to our talent pool and will be in touch if a suitable role comes up.

Warm regards,
Sterling Cooper Recruitment""", "Sterling Cooper", "Junior Copywriter", "applied",
     "keep_on_file"),
    ("""Dear Ana,

On behalf of Umbrella Corporation, thank you for the time you invested in our interview process
for the Lab Manager role, including the final panel.

After much deliberation we have chosen another candidate whose background better matches the
needs of the team.

Sincerely,
Umbrella Corporation""", "Umbrella Corporation", "Lab Manager", "final", "other_candidates"),
)
