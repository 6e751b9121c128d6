"""Exercise 03 · dictionaries / 字典

Fill in every function marked TODO, then run:  python3 check.py
把每个标有 TODO 的函数写完，然后运行：python3 check.py
"""


def word_count(words):
    """How many times each word occurs.  word_count(["a", "b", "a"]) == {"a": 2, "b": 1}
    统计每个单词出现的次数。"""
    # TODO: counts = {}; for each word: counts[word] = counts.get(word, 0) + 1
    raise NotImplementedError("TODO")


def top_words(counts, n):
    """The n most frequent (word, count) pairs: by count, highest first; equal counts in alphabetical order.
    top_words({"b": 2, "a": 2, "c": 5}, 2) == [("c", 5), ("a", 2)]
    出现次数最多的 n 个 (单词, 次数)：次数从高到低，次数相同按字母顺序。"""
    # TODO: sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))[:n]
    raise NotImplementedError("TODO")


def group_by_length(words):
    """Group words by their length, keeping their order.
    group_by_length(["a", "bb", "cc", "d"]) == {1: ["a", "d"], 2: ["bb", "cc"]}
    按单词长度分组，组内保持原顺序。"""
    # TODO: groups.setdefault(len(word), []).append(word)
    raise NotImplementedError("TODO")


def merge_counts(a, b):
    """A NEW dict with the counts of a and b added up; a and b must not change.
    merge_counts({"x": 1}, {"x": 2, "y": 3}) == {"x": 3, "y": 3}
    把两个计数字典相加，返回新字典，不能修改 a 和 b。"""
    # TODO: start from dict(a) (a copy), then add b's counts
    raise NotImplementedError("TODO")
