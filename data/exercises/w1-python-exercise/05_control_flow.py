"""Exercise 05 · conditions and loops / 条件控制与循环语句

Fill in every function marked TODO, then run:  python3 check.py
把每个标有 TODO 的函数写完，然后运行：python3 check.py
"""


def fizzbuzz(n):
    """For 1..n: "FizzBuzz" if divisible by 3 and 5, "Fizz" by 3, "Buzz" by 5, else the number as a str.
    fizzbuzz(5) == ["1", "2", "Fizz", "4", "Buzz"]
    1 到 n：能被 3 和 5 整除为 "FizzBuzz"，只被 3 整除为 "Fizz"，只被 5 整除为 "Buzz"，否则为数字字符串。"""
    # TODO: for i in range(1, n + 1): if / elif / else   (test 15 first!)
    raise NotImplementedError("TODO")


def grade(score):
    """A for 90-100, B for 80-89, C for 70-79, D for 60-69, F below 60.
    Raise ValueError for a score below 0 or above 100.
    90-100 为 A，80-89 为 B，70-79 为 C，60-69 为 D，60 以下为 F；小于 0 或大于 100 时抛出 ValueError。"""
    # TODO: if ... raise ValueError(...); then an if / elif chain
    raise NotImplementedError("TODO")


def collatz_steps(n):
    """How many steps take n to 1, where one step is n // 2 for even n and 3 * n + 1 for odd n.
    collatz_steps(1) == 0   collatz_steps(6) == 8   (6, 3, 10, 5, 16, 8, 4, 2, 1)
    n 变到 1 需要几步：偶数除以 2，奇数变为 3n+1。"""
    # TODO: a while loop and a counter
    raise NotImplementedError("TODO")


def first_negative(numbers):
    """The index of the first negative number, or -1 if there is none.
    first_negative([4, 0, -2, -7]) == 2   first_negative([1, 2]) == -1
    第一个负数的下标；没有负数时返回 -1。"""
    # TODO: for i, n in enumerate(numbers): ... return as soon as you find one
    raise NotImplementedError("TODO")
