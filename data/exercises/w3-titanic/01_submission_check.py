"""Exercise 01 · check a Titanic submission file before you upload it / 上传前检查 Titanic 提交文件

Kaggle's Titanic competition wants a CSV file with:
  - the header line  PassengerId,Survived
  - one row for each of the 418 passengers of test.csv: PassengerId 892 to 1309, each exactly once (any order)
  - Survived 0 or 1 (not 0.0 / 1.0, not True / False)
Kaggle 的 Titanic 比赛要求提交的 CSV 文件：表头为 PassengerId,Survived；test.csv 的 418 位乘客各占一行，
PassengerId 为 892 到 1309，每个恰好一次（顺序不限）；Survived 为 0 或 1（不是 0.0/1.0，也不是 True/False）。

When the check passes, use it on your real file:  python3 01_submission_check.py submission.csv
检查通过后，用它检查你真正的提交文件（命令见上）。

Fill in check_submission (TODO), then run:  python3 check.py
把 check_submission（TODO）写完，然后运行：python3 check.py
"""
import csv
import sys

HEADER = ["PassengerId", "Survived"]
FIRST_ID = 892
LAST_ID = 1309
ROWS = LAST_ID - FIRST_ID + 1  # 418


def check_submission(path):
    """A list of the problems found in the file at `path` (one string each, in your own words); [] if it is fine.
    返回在文件中发现的问题列表（每个问题一个字符串，用你自己的话写）；没有问题时返回 []。"""
    problems = []
    # TODO 1: open the file with  open(path, newline="", encoding="utf-8-sig")  and read it with csv.reader
    #         用 csv.reader 读取文件
    # TODO 2: the first row must be exactly HEADER (an empty file is a problem too)
    #         第一行必须正好是 HEADER（空文件也是问题）
    # TODO 3: every other row must have two fields: an integer id and "0" or "1"
    #         其余每行两个字段：整数 id，以及 "0" 或 "1"
    # TODO 4: exactly ROWS rows, and the ids must be exactly FIRST_ID..LAST_ID, with no duplicates
    #         正好 ROWS 行，id 正好是 FIRST_ID..LAST_ID，且没有重复
    raise NotImplementedError("TODO")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: python3 01_submission_check.py SUBMISSION.csv")
        sys.exit(2)
    found = check_submission(sys.argv[1])
    for problem in found:
        print("problem:", problem)
    print("OK: ready to upload" if not found else f"{len(found)} problem(s)")
    sys.exit(1 if found else 0)
