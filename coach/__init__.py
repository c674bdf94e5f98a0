"""The coach: a platform-free conversation engine and the rules behind it."""
