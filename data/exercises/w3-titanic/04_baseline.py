"""Exercise 04 · a first submission: the "women survive" baseline / 第一次提交："女性生还"基线

A rule, not yet a model: predict that every female passenger survived and every male did not. Write the
predictions as a submission file. Then try to beat this rule with a real model (e.g. sklearn's LogisticRegression).
这还只是一条规则，不是模型：预测所有女性乘客生还、所有男性乘客遇难，并把预测写成提交文件。之后用真正的模型
（例如 sklearn 的 LogisticRegression）去超过它。

When the check passes, with Kaggle's train.csv and test.csv downloaded into this folder:
    python3 04_baseline.py train.csv test.csv
prints the rule's accuracy on a validation split of train.csv and writes submission.csv for test.csv.
检查通过后，把 Kaggle 的 train.csv 和 test.csv 下载到本文件夹，运行上面的命令：打印这条规则在 train.csv 验证集上的
准确率，并为 test.csv 写出 submission.csv。

Fill in every function marked TODO, then run:  python3 check.py
把每个标有 TODO 的函数写完，然后运行：python3 check.py
"""
import csv
import importlib
import sys


def predict_by_sex(rows):
    """1 for each row whose "Sex" is "female", 0 otherwise, as a list of ints.  "Sex" 为 "female" 的行为 1，否则为 0。"""
    # TODO
    raise NotImplementedError("TODO")


def write_submission(passenger_ids, predictions, path):
    """Write the header PassengerId,Survived and one row per passenger.  写出表头和每位乘客一行。"""
    # TODO: with open(path, "w", newline="", encoding="utf-8") as f: writer = csv.writer(f) ...
    raise NotImplementedError("TODO")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print("usage: python3 04_baseline.py train.csv test.csv")
        sys.exit(2)
    # A file whose name starts with a digit cannot be named in an import statement, but importlib can import it.
    # 文件名以数字开头时不能写在 import 语句里，但可以用 importlib 导入。
    split = importlib.import_module("02_split")
    score = importlib.import_module("03_accuracy")
    checker = importlib.import_module("01_submission_check")
    train, val = split.split_rows(split.read_rows(sys.argv[1]), 0.2, seed=0)
    labels = [int(row["Survived"]) for row in val]
    print(f"validation accuracy of the rule: {score.accuracy(labels, predict_by_sex(val)):.3f}"
          f" (always the majority: {score.majority_baseline(labels):.3f})")
    test = split.read_rows(sys.argv[2])
    write_submission([row["PassengerId"] for row in test], predict_by_sex(test), "submission.csv")
    problems = checker.check_submission("submission.csv")
    print("wrote submission.csv:", "ready to upload" if not problems else problems)
