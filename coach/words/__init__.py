"""The coach's words, keyed: what each reply says, reviewed as text."""
