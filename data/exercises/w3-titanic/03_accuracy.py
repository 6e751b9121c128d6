"""Exercise 03 · local accuracy / 本地准确率

Titanic submissions are scored by accuracy: the fraction of passengers predicted right. Compute it yourself
on your validation split (02_split.py) before you upload.
Titanic 的提交按准确率评分：预测正确的乘客所占的比例。上传前先在自己的验证集（02_split.py）上算一算。

Fill in every function marked TODO, then run:  python3 check.py
把每个标有 TODO 的函数写完，然后运行：python3 check.py
"""


def accuracy(y_true, y_pred):
    """The fraction of positions where y_pred equals y_true, as a float.  accuracy([1, 0, 1, 1], [1, 1, 1, 0]) == 0.5
    Raise ValueError when the lists are empty or of different lengths.
    y_pred 与 y_true 相同的位置所占的比例；列表为空或长度不同时抛出 ValueError。"""
    # TODO: zip(y_true, y_pred)
    raise NotImplementedError("TODO")


def majority_baseline(y_true):
    """The accuracy of always predicting the most common label of y_true: a model should beat this.
    majority_baseline([0, 0, 1]) == 2 / 3
    总是预测 y_true 中最常见标签时的准确率：模型至少要超过它。"""
    # TODO: count the 1s and the 0s
    raise NotImplementedError("TODO")
