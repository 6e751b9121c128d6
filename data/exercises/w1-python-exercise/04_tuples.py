"""Exercise 04 · tuples / 元组

Fill in every function marked TODO, then run:  python3 check.py
把每个标有 TODO 的函数写完，然后运行：python3 check.py
"""


def min_max(numbers):
    """The smallest and the largest number, as a tuple.  min_max([3, 9, 1]) == (1, 9)
    以元组返回最小值和最大值。"""
    # TODO: return min(...), max(...)   (a comma makes a tuple)
    raise NotImplementedError("TODO")


def swap(pair):
    """swap((1, "a")) == ("a", 1)
    交换二元组的两个元素。"""
    # TODO: unpack first:  a, b = pair
    raise NotImplementedError("TODO")


def head_tail(items):
    """The first item and a list of the rest.  head_tail([1, 2, 3]) == (1, [2, 3])
    返回第一个元素和其余元素组成的列表。"""
    # TODO: starred unpacking:  first, *rest = items
    raise NotImplementedError("TODO")


def with_x(point, x):
    """Tuples cannot be changed: return a NEW point with x replaced.  with_x((1, 2), 5) == (5, 2)
    元组不可修改：返回一个替换了 x 的新点。"""
    # TODO: point[0] = x raises TypeError; build (x, point[1]) instead
    raise NotImplementedError("TODO")


def count_pairs(pairs):
    """Tuples can be dict keys (they are hashable, lists are not).
    count_pairs([(1, 2), (2, 1), (1, 2)]) == {(1, 2): 2, (2, 1): 1}
    元组可以作为字典的键（可哈希；列表不行）。"""
    # TODO: like word_count in 03_dicts.py, with tuples as keys
    raise NotImplementedError("TODO")
