"""Exercise 03 · dictionaries / 字典 (solution / 参考答案)"""


def word_count(words):
    counts = {}
    for word in words:
        counts[word] = counts.get(word, 0) + 1
    return counts


def top_words(counts, n):
    return sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))[:n]


def group_by_length(words):
    groups = {}
    for word in words:
        groups.setdefault(len(word), []).append(word)
    return groups


def merge_counts(a, b):
    merged = dict(a)
    for key, value in b.items():
        merged[key] = merged.get(key, 0) + value
    return merged
