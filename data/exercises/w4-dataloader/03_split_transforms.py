"""Exercise 03 · a train/val split and transforms / 划分训练集、验证集，以及数据变换

Small versions of what torchvision.transforms offers (Normalize, RandomHorizontalFlip, Compose), written by hand so
you see what they do: each is just a callable that takes a tensor and returns a tensor.
手写 torchvision.transforms 中 Normalize、RandomHorizontalFlip、Compose 的简化版，看清它们做了什么：
每个都只是一个接收张量、返回张量的可调用对象。

Fill in every function and method marked TODO, then run:  python3 check.py
把每个标有 TODO 的函数和方法写完，然后运行：python3 check.py
"""
import torch
from torch.utils.data import random_split


def split_dataset(dataset, val_fraction, seed):
    """(train, val): val has round(len(dataset) * val_fraction) items, train the rest; the same seed, the same split.
    返回 (train, val)：val 有 round(len(dataset) * val_fraction) 个样本，其余为 train；相同的 seed 得到相同的划分。"""
    # TODO: random_split(dataset, [n_train, n_val], generator=torch.Generator().manual_seed(seed))
    raise NotImplementedError("TODO")


class Normalize:
    """Normalize(mean, std)(x) == (x - mean) / std.  标准化。"""

    def __init__(self, mean, std):
        # TODO
        raise NotImplementedError("TODO")

    def __call__(self, x):
        # TODO
        raise NotImplementedError("TODO")


class RandomHorizontalFlip:
    """With probability p, flip the image left-right (its last dimension); otherwise return it unchanged.
    Data augmentation: use it on the training set only.
    以概率 p 左右翻转图片（最后一维），否则原样返回。这是数据增强：只用在训练集上。"""

    def __init__(self, p=0.5):
        # TODO
        raise NotImplementedError("TODO")

    def __call__(self, x):
        # TODO: torch.rand(1).item() < self.p decides; torch.flip(x, dims=[-1]) flips
        raise NotImplementedError("TODO")


def compose(*transforms):
    """A function that applies the transforms one after another, in order.  依次应用各个变换的函数。"""
    # TODO: define an inner function that loops over transforms, and return it
    raise NotImplementedError("TODO")
