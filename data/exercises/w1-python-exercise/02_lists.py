"""Exercise 02 · lists / 列表

Fill in every function marked TODO, then run:  python3 check.py
把每个标有 TODO 的函数写完，然后运行：python3 check.py
"""


def evens(numbers):
    """The even numbers, in their order.  evens([5, 2, 8, 3]) == [2, 8]
    按原顺序返回其中的偶数。"""
    # TODO: a list comprehension: [n for n in numbers if ...]
    raise NotImplementedError("TODO")


def second_largest(numbers):
    """The second largest *distinct* value, or None if there are fewer than two distinct values.
    second_largest([3, 1, 3, 2]) == 2   second_largest([7, 7]) is None
    第二大的（不同的）值；不同的值少于两个时返回 None。"""
    # TODO: set() removes duplicates, sorted() sorts; mind the short case
    raise NotImplementedError("TODO")


def chunk(items, size):
    """Split items into lists of `size` (the last one may be shorter).
    chunk([1, 2, 3, 4, 5], 2) == [[1, 2], [3, 4], [5]]
    把列表切成每段 size 个元素（最后一段可以更短）。"""
    # TODO: slicing items[i:i + size] with range(0, len(items), size)
    raise NotImplementedError("TODO")


def rotate(items, k):
    """A NEW list rotated left by k places; `items` itself must not change.
    rotate([1, 2, 3, 4, 5], 2) == [3, 4, 5, 1, 2]   rotate([1, 2, 3], 4) == [2, 3, 1]   rotate([], 3) == []
    返回向左旋转 k 位的新列表，不能修改原列表。"""
    # TODO: k % len(items), then two slices joined with +
    raise NotImplementedError("TODO")
