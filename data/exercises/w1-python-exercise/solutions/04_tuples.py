"""Exercise 04 · tuples / 元组 (solution / 参考答案)"""


def min_max(numbers):
    return min(numbers), max(numbers)


def swap(pair):
    a, b = pair
    return b, a


def head_tail(items):
    first, *rest = items
    return first, rest


def with_x(point, x):
    return (x, point[1])


def count_pairs(pairs):
    counts = {}
    for pair in pairs:
        counts[pair] = counts.get(pair, 0) + 1
    return counts
