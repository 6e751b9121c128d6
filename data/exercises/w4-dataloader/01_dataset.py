"""Exercise 01 · your own Dataset for a folder of images / 为一个图片文件夹写自己的 Dataset

The folder has one sub-folder per class, as torchvision.datasets.ImageFolder expects:
    root/horizontal/a.pgm, root/horizontal/b.pgm, ..., root/vertical/c.pgm, ...
文件夹里每个类别一个子文件夹（与 torchvision.datasets.ImageFolder 的约定相同）。

Fill in every method marked TODO, then run:  python3 check.py
把每个标有 TODO 的方法写完，然后运行：python3 check.py
"""
import os

import torch
from torch.utils.data import Dataset

from pgm import read_pgm


class FolderImageDataset(Dataset):
    EXTENSIONS = (".pgm",)

    def __init__(self, root, transform=None, loader=read_pgm):
        """root: the folder; transform: a function applied to each image tensor (or None);
        loader: reads one file (for photos: a function using PIL.Image.open).
        root：文件夹；transform：作用在每张图片张量上的函数（或 None）；loader：读取一个文件的函数。"""
        self.root = root
        self.transform = transform
        self.loader = loader
        # TODO 1: self.classes = the sorted names of the sub-folders of root (skip plain files)
        #         root 下子文件夹的名字，排序（跳过普通文件）
        # TODO 2: self.class_to_idx = {class name: its index in self.classes}
        # TODO 3: self.samples = a list of (file path, class index) for every file ending in EXTENSIONS,
        #         class by class in the order of self.classes, and within a class sorted by file name
        #         所有以 EXTENSIONS 结尾的文件的 (路径, 类别下标)：按 self.classes 的顺序逐类列出，类内按文件名排序
        raise NotImplementedError("TODO")

    def __len__(self):
        """len(dataset): the number of images.  图片的数量。"""
        # TODO
        raise NotImplementedError("TODO")

    def __getitem__(self, index):
        """dataset[i] -> (image, label): image a float32 tensor of shape (1, H, W) with values in [0, 1]
        (then passed through self.transform, if any), label the class index as an int.
        返回 (图片, 标签)：图片是形状为 (1, H, W)、取值在 [0, 1] 的 float32 张量（若有 transform 则再经过它），标签是 int。"""
        # TODO: path, label = self.samples[index]; pixels = self.loader(path)   (rows of floats in [0, 1])
        #       torch.tensor(pixels, dtype=torch.float32) has shape (H, W): add the channel dimension with unsqueeze(0)
        raise NotImplementedError("TODO")
