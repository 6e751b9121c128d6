"""Exercise 01 · strings / 字符串 (solution / 参考答案)"""


def shout(text):
    return text.upper() + "!"


def initials(full_name):
    return "".join(word[0].upper() + "." for word in full_name.split())


def is_palindrome(text):
    cleaned = "".join(c.lower() for c in text if c.isalnum())
    return cleaned == cleaned[::-1]


def percent(name, score):
    return f"{name}: {score:.1f}%"
