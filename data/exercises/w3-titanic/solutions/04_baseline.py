"""Exercise 04 · a first submission: the "women survive" baseline / 第一次提交："女性生还"基线 (solution / 参考答案)"""
import csv
import importlib
import sys


def predict_by_sex(rows):
    return [1 if row["Sex"] == "female" else 0 for row in rows]


def write_submission(passenger_ids, predictions, path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["PassengerId", "Survived"])
        for passenger_id, survived in zip(passenger_ids, predictions):
            writer.writerow([int(passenger_id), int(survived)])


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print("usage: python3 04_baseline.py train.csv test.csv")
        sys.exit(2)
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
