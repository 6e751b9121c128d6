"""Exercise 01 · strings / 字符串

Fill in every function marked TODO, then run:  python3 check.py
把每个标有 TODO 的函数写完，然后运行：python3 check.py
"""


def shout(text):
    """Upper case, then "!".  shout("hi") == "HI!"
    转成大写，再加 "!"。"""
    # TODO: str.upper() and + (or an f-string)
    raise NotImplementedError("TODO")


def initials(full_name):
    """The first letter of each word, upper case, each followed by ".".
    initials("ada lovelace") == "A.L."   initials("  guido van rossum ") == "G.V.R."
    每个单词的首字母（大写），后面各跟一个 "."。"""
    # TODO: str.split() with no argument splits on any run of spaces; then "".join(...)
    raise NotImplementedError("TODO")


def is_palindrome(text):
    """True if text reads the same backwards, ignoring case and anything that is not a letter or digit.
    is_palindrome("A man, a plan, a canal: Panama") is True
    忽略大小写和非字母数字字符后，正读反读都一样则返回 True。"""
    # TODO: keep only the characters c with c.isalnum(), lower-case them, compare with the slice [::-1]
    raise NotImplementedError("TODO")


def percent(name, score):
    """A label with the score to one decimal place.  percent("Ada", 92.456) == "Ada: 92.5%"
    分数保留一位小数。"""
    # TODO: an f-string with a format spec: f"{score:.1f}"
    raise NotImplementedError("TODO")
