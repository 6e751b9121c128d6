"""Exercise 02 · batches with a DataLoader, and one epoch / 用 DataLoader 分批，并跑完一个 epoch

Fill in every function marked TODO, then run:  python3 check.py
把每个标有 TODO 的函数写完，然后运行：python3 check.py
"""
import torch
from torch.utils.data import DataLoader


def make_loader(dataset, batch_size, shuffle, seed=0, drop_last=False):
    """A DataLoader over dataset. When shuffle is True, the same seed must give the same order of samples:
    give the DataLoader a torch.Generator seeded with seed.
    返回 dataset 的 DataLoader。shuffle 为 True 时，相同的 seed 应得到相同的样本顺序：传入用 seed 初始化的 torch.Generator。"""
    # TODO: generator = torch.Generator(); generator.manual_seed(seed)
    #       DataLoader(dataset, batch_size=..., shuffle=..., drop_last=..., generator=generator)
    raise NotImplementedError("TODO")


def run_one_epoch(loader):
    """Go once through the loader (one epoch) and report what it gave, as a dict:
        {"batches": number of batches, "samples": number of samples, "first_shape": shape of the first batch of images
         as a tuple, "labels": every label seen, in order, as a list of ints}
    遍历 loader 一次（一个 epoch），返回上面这个字典。"""
    # TODO: for images, labels in loader: ...   (images.shape, labels.tolist())
    raise NotImplementedError("TODO")
