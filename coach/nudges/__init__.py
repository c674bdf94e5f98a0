"""Nudges: what is due when, composing each one, and the sweep's decisions."""
