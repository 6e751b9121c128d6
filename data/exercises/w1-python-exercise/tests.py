"""The tests of the week-1 Python exercises, run by check.py (python3 check.py). Standard library only.

Each test gets the exercise module `m` and a tester `t` (t.eq, t.close, t.true, t.raises: see check.py).
"""
import inspect
import math
import os
import tempfile
from collections import Counter

REQUIRES = []


def test_strings(m, t):
    t.eq(m.shout("hi"), "HI!", 'shout("hi")')
    t.eq(m.shout("Python"), "PYTHON!", 'shout("Python")')
    t.eq(m.initials("ada lovelace"), "A.L.", 'initials("ada lovelace")')
    t.eq(m.initials("  guido van rossum "), "G.V.R.", 'initials("  guido van rossum ")',
         hint=("split() without an argument drops the empty strings that extra spaces make.",
               "不带参数的 split() 会丢掉多余空格产生的空字符串。"))
    t.eq(m.is_palindrome("A man, a plan, a canal: Panama"), True, 'is_palindrome("A man, a plan, a canal: Panama")')
    t.eq(m.is_palindrome("level"), True, 'is_palindrome("level")')
    t.eq(m.is_palindrome("Python"), False, 'is_palindrome("Python")')
    t.eq(m.percent("Ada", 92.456), "Ada: 92.5%", 'percent("Ada", 92.456)')
    t.eq(m.percent("Bo", 100), "Bo: 100.0%", 'percent("Bo", 100)')


def test_lists(m, t):
    t.eq(m.evens([5, 2, 8, 3]), [2, 8], "evens([5, 2, 8, 3])")
    t.eq(m.evens([]), [], "evens([])")
    t.eq(m.second_largest([3, 1, 3, 2]), 2, "second_largest([3, 1, 3, 2])",
         hint=("Remove duplicates first: the largest value 3 appears twice.", "先去重：最大值 3 出现了两次。"))
    t.eq(m.second_largest([7, 7]), None, "second_largest([7, 7])")
    t.eq(m.chunk([1, 2, 3, 4, 5], 2), [[1, 2], [3, 4], [5]], "chunk([1, 2, 3, 4, 5], 2)")
    t.eq(m.chunk([], 3), [], "chunk([], 3)")
    items = [1, 2, 3, 4, 5]
    t.eq(m.rotate(items, 2), [3, 4, 5, 1, 2], "rotate([1, 2, 3, 4, 5], 2)")
    t.eq(items, [1, 2, 3, 4, 5], ("the list passed to rotate(), after the call", "调用 rotate() 之后，传入的原列表"),
         hint=("Build a new list with slices; do not modify the argument.", "用切片拼出新列表，不要修改参数。"))
    t.eq(m.rotate([1, 2, 3], 4), [2, 3, 1], "rotate([1, 2, 3], 4)",
         hint=("Rotating by 4 places a list of 3 is the same as by 4 % 3 = 1.", "长度为 3 的列表转 4 位等于转 4 % 3 = 1 位。"))
    t.eq(m.rotate([], 3), [], "rotate([], 3)",
         hint=("An empty list: avoid k % 0.", "空列表：避免 k % 0。"))


def test_dicts(m, t):
    t.eq(m.word_count(["a", "b", "a"]), {"a": 2, "b": 1}, 'word_count(["a", "b", "a"])')
    t.eq(m.word_count([]), {}, "word_count([])")
    t.eq(m.top_words({"b": 2, "a": 2, "c": 5}, 2), [("c", 5), ("a", 2)], 'top_words({"b": 2, "a": 2, "c": 5}, 2)',
         hint=("Sort by (-count, word): a tuple key sorts by its first item, then its second.",
               "按 (-次数, 单词) 排序：元组作为键时先比第一个元素，再比第二个。"))
    t.eq(m.group_by_length(["a", "bb", "cc", "d"]), {1: ["a", "d"], 2: ["bb", "cc"]},
         'group_by_length(["a", "bb", "cc", "d"])')
    a, b = {"x": 1}, {"x": 2, "y": 3}
    t.eq(m.merge_counts(a, b), {"x": 3, "y": 3}, 'merge_counts({"x": 1}, {"x": 2, "y": 3})')
    t.eq((a, b), ({"x": 1}, {"x": 2, "y": 3}), ("a and b, after merge_counts(a, b)", "调用 merge_counts(a, b) 之后的 a 和 b"),
         hint=("dict(a) makes a copy; changing `a` itself changes the caller's dict.", "dict(a) 会复制一份；直接改 a 会改到调用者的字典。"))


def test_tuples(m, t):
    t.eq(m.min_max([3, 9, 1]), (1, 9), "min_max([3, 9, 1])",
         hint=("Return a tuple, not a list: return lo, hi", "返回元组而不是列表：return lo, hi"))
    t.eq(m.swap((1, "a")), ("a", 1), 'swap((1, "a"))')
    t.eq(m.head_tail([1, 2, 3]), (1, [2, 3]), "head_tail([1, 2, 3])")
    t.eq(m.head_tail(["only"]), ("only", []), 'head_tail(["only"])')
    point = (1, 2)
    t.eq(m.with_x(point, 5), (5, 2), "with_x((1, 2), 5)")
    t.eq(m.count_pairs([(1, 2), (2, 1), (1, 2)]), {(1, 2): 2, (2, 1): 1}, "count_pairs([(1, 2), (2, 1), (1, 2)])")


def test_control_flow(m, t):
    t.eq(m.fizzbuzz(5), ["1", "2", "Fizz", "4", "Buzz"], "fizzbuzz(5)")
    t.eq(m.fizzbuzz(15)[-1], "FizzBuzz", "fizzbuzz(15)[-1]",
         hint=("Test divisibility by 15 (both 3 and 5) before 3 and 5 alone.", "先判断能否被 15（同时被 3 和 5）整除，再判断 3 和 5。"))
    for score, letter in [(100, "A"), (90, "A"), (89, "B"), (80, "B"), (75, "C"), (60, "D"), (59, "F"), (0, "F")]:
        t.eq(m.grade(score), letter, "grade({})".format(score))
    t.raises(ValueError, lambda: m.grade(101), "grade(101)",
             hint=("raise ValueError(...) for a score outside 0-100.", "分数不在 0-100 时 raise ValueError(...)。"))
    t.raises(ValueError, lambda: m.grade(-1), "grade(-1)")
    t.eq(m.collatz_steps(1), 0, "collatz_steps(1)")
    t.eq(m.collatz_steps(6), 8, "collatz_steps(6)")
    t.eq(m.collatz_steps(27), 111, "collatz_steps(27)")
    t.eq(m.first_negative([4, 0, -2, -7]), 2, "first_negative([4, 0, -2, -7])")
    t.eq(m.first_negative([1, 2]), -1, "first_negative([1, 2])")
    t.eq(m.first_negative([]), -1, "first_negative([])")


def test_functions(m, t):
    t.eq(m.greet("Ada"), "Hello, Ada!", 'greet("Ada")')
    t.eq(m.greet("Ada", greeting="Hi"), "Hi, Ada!", 'greet("Ada", greeting="Hi")')
    t.eq(m.total(), 0, "total()")
    t.eq(m.total(1, 2, 3), 6, "total(1, 2, 3)")
    t.eq(m.describe("Ada"), "Ada", 'describe("Ada")')
    t.eq(m.describe("Ada", field="maths", born=1815), "Ada (born=1815, field=maths)",
         'describe("Ada", field="maths", born=1815)')
    double = m.make_multiplier(2)
    t.true(callable(double), "make_multiplier(2) must return a function", "make_multiplier(2) 应返回一个函数",
           hint=("Return the inner function itself: return multiply, not multiply(...).",
                 "返回内部函数本身：return multiply，而不是 multiply(...)。"))
    t.eq(double(21), 42, "make_multiplier(2)(21)")
    t.eq(m.make_multiplier(3)(5), 15, "make_multiplier(3)(5)")
    t.eq(m.add_item(1), [1], "add_item(1)")
    t.eq(m.add_item(2), [2], ("add_item(2), after add_item(1)", "先调用 add_item(1)，再调用 add_item(2)"),
         hint=("The default list is shared between calls: use items=None and `if items is None: items = []`.",
               "默认的列表在多次调用间共用：改用 items=None，再 if items is None: items = []。"))
    mine = [0]
    t.eq(m.add_item(1, mine), [0, 1], "add_item(1, [0])")


def test_modules(m, t):
    t.true(getattr(m, "math", None) is math, "07_modules.py has no name `math`: import math",
           "07_modules.py 中没有 math 这个名字：import math")
    t.close(m.hypotenuse(3, 4), 5.0, "hypotenuse(3, 4)")
    t.close(m.hypotenuse(5, 12), 13.0, "hypotenuse(5, 12)")
    t.true(getattr(m, "Counter", None) is Counter, "07_modules.py has no name `Counter`: from collections import Counter",
           "07_modules.py 中没有 Counter 这个名字：from collections import Counter")
    counts = m.letter_counts("Hi, hi!")
    t.true(isinstance(counts, Counter), "letter_counts() must return a Counter", "letter_counts() 应返回 Counter")
    t.eq(dict(counts), {"h": 2, "i": 2}, 'letter_counts("Hi, hi!")')
    shapes = getattr(m, "shapes", None)
    t.true(inspect.ismodule(shapes) and shapes.__name__ == "shapes",
           "07_modules.py has no module `shapes`: import shapes", "07_modules.py 中没有 shapes 模块：import shapes")
    t.eq(m.square_area(3), 9, "square_area(3)")
    t.true(t.import_output == "",
           "importing 07_modules.py printed {!r}: importing it must print nothing".format(t.import_output),
           "导入 07_modules.py 时打印了 {!r}：导入时不应打印任何内容".format(t.import_output),
           hint=('Move the demo print under  if __name__ == "__main__":  so it runs only as a script.',
               '把演示的 print 放到 if __name__ == "__main__": 下面，让它只在直接运行时执行。'))


def test_classes(m, t):
    v = m.Vector2(3, 4)
    t.eq((v.x, v.y), (3, 4), "Vector2(3, 4).x, .y")
    t.close(v.length(), 5.0, "Vector2(3, 4).length()")
    total = m.Vector2(1, 2) + m.Vector2(3, 4)
    t.true(isinstance(total, m.Vector2), "Vector2 + Vector2 must give a Vector2", "Vector2 + Vector2 的结果应是 Vector2")
    t.eq((total.x, total.y), (4, 6), "(Vector2(1, 2) + Vector2(3, 4)).x, .y")
    t.eq(m.Vector2(1, 2) == m.Vector2(1, 2), True, "Vector2(1, 2) == Vector2(1, 2)")
    t.eq(m.Vector2(1, 2) == m.Vector2(2, 1), False, "Vector2(1, 2) == Vector2(2, 1)")
    t.eq(m.Vector2(1, 2) == (1, 2), False, "Vector2(1, 2) == (1, 2)")
    t.eq(repr(m.Vector2(1, 2)), "Vector2(1, 2)", "repr(Vector2(1, 2))")
    inherit = ("class Dog(Animal): names the parent class in parentheses; then define sound(self).",
               "class Dog(Animal): 在括号里写父类，再定义 sound(self)。")
    t.true(issubclass(m.Dog, m.Animal), "Dog is not a subclass of Animal", "Dog 不是 Animal 的子类", hint=inherit)
    t.eq(m.Dog("Rex").speak(), "Rex says woof", 'Dog("Rex").speak()', hint=inherit)
    t.true(issubclass(m.Cat, m.Animal), "Cat is not a subclass of Animal", "Cat 不是 Animal 的子类", hint=inherit)
    t.eq(m.Cat("Tom").speak(), "Tom says meow", 'Cat("Tom").speak()', hint=inherit)
    t.eq(m.Animal("Bob").speak(), "Bob says ...", 'Animal("Bob").speak()')


class _Probe:
    pass


def _probe_function():
    return None


def test_objects(m, t):
    values = [1, "a", 2.5, None, [1], len, math, _Probe, _probe_function, _Probe()]
    expected = ["int", "str", "float", "NoneType", "list", "builtin_function_or_method", "module", "type",
                "function", "_Probe"]
    t.eq(m.type_names(values), expected,
         "type_names([1, 'a', 2.5, None, [1], len, math, SomeClass, some_function, SomeClass()])")
    t.eq(m.call_method("abc", "upper"), "ABC", 'call_method("abc", "upper")')
    t.eq(m.call_method(5, "bit_length"), 3, 'call_method(5, "bit_length")')
    t.eq(m.call_method("a-b-c", "split", "-"), ["a", "b", "c"], 'call_method("a-b-c", "split", "-")')
    t.eq(m.apply_all([abs, str, lambda x: x * 2], -3), [3, "-3", -6], "apply_all([abs, str, lambda x: x * 2], -3)")

    def f():
        return 1

    result = m.labelled(f, "first")
    t.true(result is f, "labelled(f, ...) must return f itself", "labelled(f, ...) 应返回 f 本身")
    t.eq(getattr(f, "label", None), "first", 'labelled(f, "first"); f.label')
    x = [1]
    t.eq(m.same_object(x, x), True, "x = [1]; same_object(x, x)")
    t.eq(m.same_object([1], [1]), False, "same_object([1], [1])",
         hint=("[1] == [1] is True, but they are two different lists: use `is`.", "[1] == [1] 为 True，但它们是两个不同的列表：用 is。"))


def test_word_counter(m, t):
    counter = m.WordCounter("The cat and the hat. THE END!")
    t.eq(counter.count("the"), 3, 'WordCounter("The cat and the hat. THE END!").count("the")',
         hint=("Lower-case each word and strip punctuation: word.lower().strip(string.punctuation).",
               "每个单词转小写并去掉两端标点：word.lower().strip(string.punctuation)。"))
    t.eq(counter.count("The"), 3, '.count("The")')
    t.eq(counter.count("dog"), 0, '.count("dog")')
    t.eq(counter.count("end"), 1, '.count("end")')
    t.eq(len(counter), 5, "len(counter)")
    t.eq(counter.top(2), [("the", 3), ("and", 1)], "counter.top(2)")
    t.eq(m.WordCounter(" -- ... ").top(3), [], 'WordCounter(" -- ... ").top(3)',
         hint=("Skip words that are empty once the punctuation is stripped.", "去掉标点后为空的词要跳过。"))
    handle, path = tempfile.mkstemp(suffix=".txt")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as f:
            f.write("Spam, spam, eggs.\nSpam!\n")
        from_file = m.WordCounter.from_file(path)
        t.true(isinstance(from_file, m.WordCounter), "WordCounter.from_file() must return a WordCounter",
               "WordCounter.from_file() 应返回 WordCounter")
        t.eq(from_file.top(5), [("spam", 3), ("eggs", 1)], ("WordCounter.from_file(a file holding 'Spam, spam, eggs. Spam!').top(5)", "WordCounter.from_file(内容为 'Spam, spam, eggs. Spam!' 的文件).top(5)"))
    finally:
        os.remove(path)


EXERCISES = [
    ("01_strings", test_strings,
     ("Strings have methods: upper(), split(), isalnum(), lower(); s[::-1] reverses; f\"{x:.1f}\" formats.",
      "字符串有很多方法：upper()、split()、isalnum()、lower()；s[::-1] 反转；f\"{x:.1f}\" 格式化。")),
    ("02_lists", test_lists,
     ("List comprehensions, set() to drop duplicates, sorted(), and slicing items[a:b].",
      "列表推导式、用 set() 去重、sorted()，以及切片 items[a:b]。")),
    ("03_dicts", test_dicts,
     ("d.get(key, 0), d.setdefault(key, []), d.items(), and sorted(..., key=...).",
      "d.get(key, 0)、d.setdefault(key, [])、d.items()，以及 sorted(..., key=...)。")),
    ("04_tuples", test_tuples,
     ("A comma makes a tuple (return a, b); unpack with a, b = pair and first, *rest = items.",
      "逗号构成元组（return a, b）；用 a, b = pair 和 first, *rest = items 解包。")),
    ("05_control_flow", test_control_flow,
     ("if / elif / else, for with range() and enumerate(), while with a counter.",
      "if / elif / else，for 配合 range() 和 enumerate()，while 配合计数器。")),
    ("06_functions", test_functions,
     ("Default arguments, *args (a tuple), **kwargs (a dict), and functions that return functions.",
      "默认参数、*args（元组）、**kwargs（字典），以及返回函数的函数。")),
    ("07_modules", test_modules,
     ("import math; from collections import Counter; import shapes; and if __name__ == \"__main__\":",
      "import math；from collections import Counter；import shapes；以及 if __name__ == \"__main__\":")),
    ("08_classes", test_classes,
     ("__init__ stores attributes on self; a + b calls __add__, a == b calls __eq__, repr() calls __repr__.",
      "__init__ 把属性存到 self 上；a + b 调用 __add__，a == b 调用 __eq__，repr() 调用 __repr__。")),
    ("09_objects", test_objects,
     ("type(x).__name__, getattr(obj, name), functions in lists and with attributes, `is` versus ==.",
      "type(x).__name__、getattr(obj, name)、放进列表和带属性的函数、is 与 == 的区别。")),
    ("10_word_counter", test_word_counter,
     ("Combine 03_dicts.py and 08_classes.py: a dict of counts inside a class; a classmethod that reads a file.",
      "把 03_dicts.py 和 08_classes.py 结合起来：类里放一个计数字典；用 classmethod 读文件。")),
]
