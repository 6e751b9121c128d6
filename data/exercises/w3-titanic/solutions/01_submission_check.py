"""Exercise 01 · check a Titanic submission file / 检查 Titanic 提交文件 (solution / 参考答案)"""
import csv
import sys

HEADER = ["PassengerId", "Survived"]
FIRST_ID = 892
LAST_ID = 1309
ROWS = LAST_ID - FIRST_ID + 1  # 418


def check_submission(path):
    problems = []
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    if not rows:
        return ["the file is empty"]
    if rows[0] != HEADER:
        problems.append(f"the header is {','.join(rows[0])!r}, expected 'PassengerId,Survived'")
    ids = []
    for line_number, row in enumerate(rows[1:], start=2):
        if len(row) != 2:
            problems.append(f"line {line_number}: expected 2 fields, found {len(row)}")
            continue
        passenger_id, survived = row
        try:
            ids.append(int(passenger_id))
        except ValueError:
            problems.append(f"line {line_number}: PassengerId {passenger_id!r} is not an integer")
        if survived not in ("0", "1"):
            problems.append(f"line {line_number}: Survived must be 0 or 1, found {survived!r}")
    if len(rows) - 1 != ROWS:
        problems.append(f"expected {ROWS} rows, found {len(rows) - 1}")
    seen = set()
    duplicates = sorted({i for i in ids if i in seen or seen.add(i)})
    if duplicates:
        problems.append(f"duplicate PassengerId: {duplicates[:5]}")
    expected = set(range(FIRST_ID, LAST_ID + 1))
    missing = sorted(expected - seen)
    unexpected = sorted(seen - expected)
    if missing:
        problems.append(f"missing PassengerId: {missing[:5]}{' ...' if len(missing) > 5 else ''}")
    if unexpected:
        problems.append(f"PassengerId outside {FIRST_ID}-{LAST_ID}: {unexpected[:5]}")
    return problems


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: python3 01_submission_check.py SUBMISSION.csv")
        sys.exit(2)
    found = check_submission(sys.argv[1])
    for problem in found:
        print("problem:", problem)
    print("OK: ready to upload" if not found else f"{len(found)} problem(s)")
    sys.exit(1 if found else 0)
