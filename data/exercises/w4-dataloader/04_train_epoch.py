"""Exercise 04 · plug the loader into a training loop / 把 DataLoader 接入训练循环

The same loop as in your week 4-5 training code: it works with any DataLoader, including yours.
和你第四—五周训练代码中的循环一样：它适用于任何 DataLoader，包括你自己写的。

Fill in every function marked TODO, then run:  python3 check.py
把每个标有 TODO 的函数写完，然后运行：python3 check.py
"""
import torch


def train_one_epoch(model, loader, loss_fn, optimizer):
    """One pass over loader in training mode; returns the mean loss per sample, as a float.
    For each batch: zero the gradients, forward, loss, backward, optimizer step.
    以训练模式遍历 loader 一次，返回每个样本的平均损失（float）。每个批次：梯度清零、前向、计算损失、反向传播、更新参数。"""
    # TODO: model.train(); for images, labels in loader: optimizer.zero_grad() ...
    #       loss.item() * len(labels) adds up the batch's loss
    raise NotImplementedError("TODO")


def evaluate(model, loader):
    """The accuracy of model on loader, as a float: eval mode, no gradients, predicted class = argmax of the outputs.
    模型在 loader 上的准确率（float）：评估模式、不计算梯度，预测类别为输出的 argmax。"""
    # TODO: model.eval(); with torch.no_grad(): ... outputs.argmax(dim=1)
    raise NotImplementedError("TODO")
