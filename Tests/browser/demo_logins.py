"""The demo's logins, read from the banner `vigie demo` prints."""
import re


def logins(banner: str) -> dict:
    """username → password, and each role → its first user's password too (`operator`, `admin`…)."""
    found = {}
    for role, username, password in re.findall(r"^\s+(operator|supervisor|admin)\s+(\S+)\s+(\S+)", banner, re.MULTILINE):
        found[username] = password
        found.setdefault(f"role:{role}", username)
    return found
