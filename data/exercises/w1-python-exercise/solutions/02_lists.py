"""Exercise 02 · lists / 列表 (solution / 参考答案)"""


def evens(numbers):
    return [n for n in numbers if n % 2 == 0]


def second_largest(numbers):
    distinct = sorted(set(numbers))
    if len(distinct) < 2:
        return None
    return distinct[-2]


def chunk(items, size):
    return [items[i:i + size] for i in range(0, len(items), size)]


def rotate(items, k):
    if not items:
        return []
    k = k % len(items)
    return items[k:] + items[:k]
