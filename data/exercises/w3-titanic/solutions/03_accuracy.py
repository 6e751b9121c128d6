"""Exercise 03 · local accuracy / 本地准确率 (solution / 参考答案)"""


def accuracy(y_true, y_pred):
    if len(y_true) != len(y_pred):
        raise ValueError(f"{len(y_true)} labels but {len(y_pred)} predictions")
    if not y_true:
        raise ValueError("no labels")
    return sum(1 for t, p in zip(y_true, y_pred) if t == p) / len(y_true)


def majority_baseline(y_true):
    if not y_true:
        raise ValueError("no labels")
    ones = sum(1 for y in y_true if y == 1)
    return max(ones, len(y_true) - ones) / len(y_true)
