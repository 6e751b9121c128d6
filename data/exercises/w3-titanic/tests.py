"""The tests of the week-3 Titanic exercises, run by check.py (python3 check.py). Standard library only.

No Kaggle data is shipped or needed: every test makes its own synthetic passengers (random, made up) in a
temporary folder. Each test gets the exercise module `m` and a tester `t` (t.eq, t.close, t.true, t.raises).
"""
import csv
import os
import random
import shutil
import tempfile

REQUIRES = []

FIRST_ID, LAST_ID = 892, 1309  # Kaggle's test.csv: 418 passengers
TRAIN_ROWS = 891  # Kaggle's train.csv: PassengerId 1-891


class TempDir:
    def __enter__(self):
        self.path = tempfile.mkdtemp(prefix="titanic-check-")
        return self.path

    def __exit__(self, *exc):
        shutil.rmtree(self.path, ignore_errors=True)


def write_lines(folder, name, lines, newline="\n"):
    path = os.path.join(folder, name)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(newline.join(lines) + newline)
    return path


def valid_lines(seed=0):
    rng = random.Random(seed)
    return ["PassengerId,Survived"] + ["{},{}".format(i, rng.randint(0, 1)) for i in range(FIRST_ID, LAST_ID + 1)]


def synthetic_passengers(n, first_id, seed, labelled=True):
    """Made-up passengers with a few of Kaggle's columns (not real data)."""
    rng = random.Random(seed)
    rows = []
    for i in range(first_id, first_id + n):
        sex = rng.choice(["male", "female"])
        row = {"PassengerId": str(i), "Pclass": str(rng.randint(1, 3)), "Sex": sex, "Age": str(rng.randint(1, 80))}
        if labelled:
            row["Survived"] = str(int(rng.random() < (0.7 if sex == "female" else 0.2)))
        rows.append(row)
    return rows


def write_rows(folder, name, rows):
    path = os.path.join(folder, name)
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_submission_check(m, t):
    with TempDir() as folder:
        def problems_of(lines, name="submission.csv", newline="\n"):
            result = m.check_submission(write_lines(folder, name, lines, newline))
            t.true(isinstance(result, list), "check_submission() must return a list, not {}".format(type(result).__name__),
                   "check_submission() 应返回列表，而不是 {}".format(type(result).__name__))
            return result

        good = valid_lines()
        t.eq(problems_of(good), [], "check_submission(a valid file)")
        shuffled = good[:1] + random.Random(1).sample(good[1:], len(good) - 1)
        t.eq(problems_of(shuffled), [], "check_submission(a valid file, rows in another order)",
             hint=("Kaggle accepts the rows in any order: compare sets of ids, not positions.",
                   "Kaggle 接受任意顺序的行：比较 id 的集合，而不是位置。"))
        t.eq(problems_of(good, newline="\r\n"), [], "check_submission(a valid file with Windows line endings)",
             hint=('Open the file with newline="" and let csv.reader handle line endings.',
                   '用 newline="" 打开文件，让 csv.reader 处理换行符。'))

        bad = [
            (["PassengerId,Survived,Name"] + good[1:], "the header has a third column", "表头多了第三列"),
            (["passengerid,survived"] + good[1:], "the header is in lower case", "表头是小写的"),
            ([], "the file is empty", "文件是空的"),
            (good[:-1], "417 rows: passenger 1309 is missing", "只有 417 行：缺少 1309 号乘客"),
            (good + ["1309,0"], "419 rows: passenger 1309 twice", "419 行：1309 号乘客出现两次"),
            (good[:-1] + ["1308,1"], "418 rows, but 1308 twice and 1309 missing", "418 行，但 1308 出现两次、缺少 1309"),
            (["PassengerId,Survived", "891,0"] + good[2:], "id 891 (a training passenger) instead of 892",
             "用了 891（训练集的乘客）而不是 892"),
            (good[:5] + ["896,2"] + good[6:], "Survived is 2", "Survived 为 2"),
            (good[:5] + ["896,1.0"] + good[6:], "Survived is 1.0 (a float)", "Survived 为 1.0（浮点数）"),
            (good[:5] + ["896,True"] + good[6:], "Survived is True", "Survived 为 True"),
            (good[:5] + ["abc,1"] + good[6:], "a PassengerId is not a number", "有个 PassengerId 不是数字"),
            (good[:5] + ["896,1,extra"] + good[6:], "a row has three fields", "有一行有三个字段"),
        ]
        for lines, en, zh in bad:
            if lines:
                found = problems_of(lines)
            else:
                path = os.path.join(folder, "empty.csv")
                open(path, "w").close()
                found = m.check_submission(path)
            t.true(isinstance(found, list) and len(found) > 0,
                   "check_submission() found no problem in a file where {}".format(en),
                   "文件中{}，但 check_submission() 没有发现问题".format(zh))


def test_split(m, t):
    with TempDir() as folder:
        rows = synthetic_passengers(TRAIN_ROWS, 1, seed=3)
        path = write_rows(folder, "train.csv", rows)
        read = m.read_rows(path)
        t.eq(len(read), TRAIN_ROWS, "len(read_rows(a train.csv of 891 passengers))")
        t.true(isinstance(read[0], dict), "read_rows() must give a list of dicts", "read_rows() 应返回字典列表",
               hint=("csv.DictReader gives one dict per row, keyed by the header.", "csv.DictReader 每行给出一个以表头为键的字典。"))
        t.eq(read[0]["PassengerId"], "1", 'read_rows(...)[0]["PassengerId"]')
        t.eq(read[0]["Sex"], rows[0]["Sex"], 'read_rows(...)[0]["Sex"]')

    rows = synthetic_passengers(TRAIN_ROWS, 1, seed=4)
    before = list(rows)
    train, val = m.split_rows(rows, 0.2, 42)
    t.eq((len(train), len(val)), (713, 178), "lengths of split_rows(891 rows, 0.2, 42): (train, val)",
         hint=("val has round(891 * 0.2) = 178 rows; train has the other 713.", "val 有 round(891 * 0.2) = 178 行，train 是其余 713 行。"))
    ids_train = {r["PassengerId"] for r in train}
    ids_val = {r["PassengerId"] for r in val}
    t.true(not (ids_train & ids_val), "a passenger is in both train and val", "有乘客同时出现在 train 和 val 中")
    t.eq(len(ids_train | ids_val), TRAIN_ROWS, "the number of passengers in train and val together")
    t.true(rows == before, "split_rows() reordered the list it was given: shuffle a copy",
           "split_rows() 打乱了传入的列表：请打乱它的副本", hint=("shuffled = list(rows)", "shuffled = list(rows)"))
    t.true([r["PassengerId"] for r in val] != [r["PassengerId"] for r in rows[:178]],
           "val is just the first rows: shuffle before you slice", "val 只是前面的若干行：切片前先打乱")
    _, val_again = m.split_rows(rows, 0.2, 42)
    t.eq([r["PassengerId"] for r in val_again], [r["PassengerId"] for r in val], "the val ids of split_rows(rows, 0.2, 42) run twice",
         hint=("Use random.Random(seed), so the same seed gives the same order.", "用 random.Random(seed)，让相同的 seed 得到相同的顺序。"))
    _, val_other = m.split_rows(rows, 0.2, 43)
    t.true(sorted(r["PassengerId"] for r in val_other) != sorted(r["PassengerId"] for r in val),
           "seeds 42 and 43 gave the same split: use the seed", "seed 42 和 43 得到了相同的划分：请使用 seed")


def test_accuracy(m, t):
    t.close(m.accuracy([1, 0, 1, 1], [1, 1, 1, 0]), 0.5, "accuracy([1, 0, 1, 1], [1, 1, 1, 0])")
    t.close(m.accuracy([0, 0, 1], [0, 0, 1]), 1.0, "accuracy([0, 0, 1], [0, 0, 1])")
    t.close(m.accuracy([1, 1, 1], [0, 0, 0]), 0.0, "accuracy([1, 1, 1], [0, 0, 0])")
    t.true(isinstance(m.accuracy([1, 0], [1, 1]), float), "accuracy() must return a float", "accuracy() 应返回浮点数")
    t.raises(ValueError, lambda: m.accuracy([1, 0], [1]), "accuracy([1, 0], [1])",
             hint=("Different lengths mean predictions and labels do not match up: raise ValueError.",
                   "长度不同说明预测和标签对不上：raise ValueError。"))
    t.raises(ValueError, lambda: m.accuracy([], []), "accuracy([], [])",
             hint=("With no labels there is nothing to divide by: raise ValueError.", "没有标签就无从相除：raise ValueError。"))
    rng = random.Random(5)
    truth = [rng.randint(0, 1) for _ in range(178)]
    guess = [y if rng.random() < 0.8 else 1 - y for y in truth]
    expected = sum(a == b for a, b in zip(truth, guess)) / 178
    t.close(m.accuracy(truth, guess), expected, "accuracy(178 synthetic labels, 178 predictions)")
    t.close(m.majority_baseline([0, 0, 1]), 2 / 3, "majority_baseline([0, 0, 1])")
    t.close(m.majority_baseline([1, 1, 1, 0]), 0.75, "majority_baseline([1, 1, 1, 0])",
            hint=("The most common label may be 1 as well as 0.", "最常见的标签可能是 1，也可能是 0。"))


def reference_problems(path):
    """The same rules as 01, written independently, to check the learner's own submission writer."""
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    if not rows or rows[0] != ["PassengerId", "Survived"]:
        return ["header"]
    body = rows[1:]
    if any(len(r) != 2 or r[1] not in ("0", "1") or not r[0].isdigit() for r in body):
        return ["values"]
    ids = [int(r[0]) for r in body]
    if len(ids) != LAST_ID - FIRST_ID + 1 or set(ids) != set(range(FIRST_ID, LAST_ID + 1)):
        return ["ids"]
    return []


def test_baseline(m, t):
    rows = [{"Sex": "female"}, {"Sex": "male"}, {"Sex": "female"}]
    t.eq(m.predict_by_sex(rows), [1, 0, 1], 'predict_by_sex([female, male, female])')
    test_rows = synthetic_passengers(LAST_ID - FIRST_ID + 1, FIRST_ID, seed=9, labelled=False)
    predictions = m.predict_by_sex(test_rows)
    t.eq(sum(predictions), sum(1 for r in test_rows if r["Sex"] == "female"), "sum(predict_by_sex(418 passengers))")
    with TempDir() as folder:
        path = os.path.join(folder, "submission.csv")
        m.write_submission([r["PassengerId"] for r in test_rows], predictions, path)
        t.true(os.path.isfile(path), "write_submission() wrote no file", "write_submission() 没有写出文件")
        with open(path, encoding="utf-8") as f:
            first = f.readline().strip()
        t.eq(first, "PassengerId,Survived", "the first line that write_submission() wrote")
        problems = reference_problems(path)
        t.eq(problems, [], "problems in the file that write_submission() wrote",
             hint=("Write ints: csv.writer(f).writerow([int(passenger_id), int(survived)]).",
                   "写入整数：csv.writer(f).writerow([int(passenger_id), int(survived)])。"))
        with open(path, newline="", encoding="utf-8") as f:
            written = list(csv.reader(f))[1:]
        t.eq(written[:2], [[r["PassengerId"], str(p)] for r, p in zip(test_rows[:2], predictions[:2])],
             "the first two rows that write_submission() wrote")


EXERCISES = [
    ("01_submission_check", test_submission_check,
     ("Read with csv.reader; check the header, each row (2 fields, an int id, '0' or '1'), the row count, "
      "and that the set of ids is exactly 892-1309.",
      "用 csv.reader 读取；检查表头、每一行（2 个字段、整数 id、'0' 或 '1'）、行数，以及 id 的集合正好是 892-1309。")),
    ("02_split", test_split,
     ("csv.DictReader; random.Random(seed).shuffle on a copy; then slice.",
      "csv.DictReader；对副本使用 random.Random(seed).shuffle；再切片。")),
    ("03_accuracy", test_accuracy,
     ("Correct predictions / number of labels; check the lengths first.", "预测正确的个数 / 标签个数；先检查长度。")),
    ("04_baseline", test_baseline,
     ("A list comprehension over the rows; csv.writer with a header row, then one row per passenger.",
      "对行做列表推导式；csv.writer 先写表头，再每位乘客写一行。")),
]
