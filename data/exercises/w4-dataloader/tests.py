"""The tests of the week 4-5 Dataset / DataLoader exercises, run by check.py (python3 check.py).

They need PyTorch (torch), imported inside the tests: check.py reads REQUIRES first and, when torch is missing,
says how to install PyTorch (exit 3). No image library and no download: the tests write tiny PGM images of their own.
Each test gets the exercise module `m` and a tester `t` (t.eq, t.close, t.true: see check.py).
"""
import copy
import importlib.util
import os
import shutil
import tempfile

REQUIRES = ["torch"]

HERE = os.path.dirname(os.path.abspath(__file__))


def install_message(missing, python, lang):
    if lang == "zh":
        return ("{python} 没有安装 PyTorch（torch），这些练习需要它：请先安装 PyTorch（例如 {python} -m pip install torch；"
                "PyTorch 官网的安装页面会给出适合你的系统和 GPU 的命令），然后再运行检查。").format(python=python)
    return ("PyTorch (torch) is not installed for {python}, and these exercises need it: install PyTorch (e.g. {python} -m pip"
            " install torch; the install page of the PyTorch website gives the command for your system and GPU), then run"
            " the check again.").format(python=python)


def pgm():
    spec = importlib.util.spec_from_file_location("roadmap_check_pgm", os.path.join(HERE, "pgm.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class TempDir:
    def __enter__(self):
        self.path = tempfile.mkdtemp(prefix="dataloader-check-")
        return self.path

    def __exit__(self, *exc):
        shutil.rmtree(self.path, ignore_errors=True)


def image(height, width, seed):
    """A made-up 8-bit grey image, as rows of ints."""
    return [[(seed * 37 + r * 11 + c * 5) % 256 for c in range(width)] for r in range(height)]


def make_folder(root):
    """root/horizontal: 3 images and a text file; root/vertical: 2 images; a stray file at the top. Images are 4x6."""
    writer = pgm()
    layout = {"horizontal": ["a.pgm", "b.pgm", "c.pgm"], "vertical": ["d.pgm", "e.pgm"]}
    seed = 0
    for name, files in layout.items():
        os.makedirs(os.path.join(root, name))
        for file_name in files:
            writer.write_pgm(os.path.join(root, name, file_name), image(4, 6, seed))
            seed += 1
    with open(os.path.join(root, "horizontal", "notes.txt"), "w") as f:
        f.write("not an image\n")
    with open(os.path.join(root, "README.txt"), "w") as f:
        f.write("not a class folder\n")


def test_dataset(m, t):
    import torch
    from torch.utils.data import DataLoader, Dataset
    with TempDir() as root:
        make_folder(root)
        ds = m.FolderImageDataset(root)
        t.true(isinstance(ds, Dataset), "FolderImageDataset must subclass torch.utils.data.Dataset",
               "FolderImageDataset 应继承 torch.utils.data.Dataset")
        t.eq(ds.classes, ["horizontal", "vertical"], "FolderImageDataset(root).classes",
             hint=("Only sub-folders are classes: os.path.isdir(os.path.join(root, name)); then sorted().",
                   "只有子文件夹才是类别：os.path.isdir(os.path.join(root, name))；再 sorted()。"))
        t.eq(ds.class_to_idx, {"horizontal": 0, "vertical": 1}, "FolderImageDataset(root).class_to_idx")
        t.eq(len(ds), 5, "len(FolderImageDataset(root))",
             hint=("Count only the files ending in .pgm (horizontal/ also holds notes.txt).",
                   "只算以 .pgm 结尾的文件（horizontal/ 里还有 notes.txt）。"))
        t.eq([(os.path.relpath(p, root), label) for p, label in ds.samples],
             [(os.path.join("horizontal", "a.pgm"), 0), (os.path.join("horizontal", "b.pgm"), 0),
              (os.path.join("horizontal", "c.pgm"), 0), (os.path.join("vertical", "d.pgm"), 1),
              (os.path.join("vertical", "e.pgm"), 1)],
             "FolderImageDataset(root).samples (paths relative to root)")
        img, label = ds[0]
        t.true(isinstance(img, torch.Tensor), "dataset[0][0] must be a torch.Tensor", "dataset[0][0] 应是 torch.Tensor")
        t.eq(img.dtype, torch.float32, "dataset[0][0].dtype")
        t.eq(tuple(img.shape), (1, 4, 6), "dataset[0][0].shape",
             hint=("(channels, height, width): torch.tensor(pixels) is (H, W); unsqueeze(0) adds the channel.",
                   "(通道, 高, 宽)：torch.tensor(pixels) 是 (H, W)；unsqueeze(0) 加上通道维。"))
        t.close(img[0, 1, 2].item(), image(4, 6, 0)[1][2] / 255, "dataset[0][0][0, 1, 2]", tol=1e-6)
        t.eq(label, 0, "dataset[0][1]")
        t.eq(ds[4][1], 1, "dataset[4][1]")
        t.close(ds[4][0][0, 0, 0].item(), image(4, 6, 4)[0][0] / 255, "dataset[4][0][0, 0, 0]", tol=1e-6)
        sevens = m.FolderImageDataset(root, transform=lambda x: x * 0 + 7)
        t.true(bool((sevens[0][0] == 7).all()), "the transform is not applied: dataset[i] must return transform(image)",
               "没有应用 transform：dataset[i] 应返回 transform(image)")
        halves = m.FolderImageDataset(root, loader=lambda path: [[0.5] * 6 for _ in range(4)])
        t.true(bool((halves[1][0] == 0.5).all()), "the loader parameter is not used to read the files",
               "没有用 loader 参数读取文件")
        images, labels = next(iter(DataLoader(ds, batch_size=5)))
        t.eq(tuple(images.shape), (5, 1, 4, 6), "the images of DataLoader(dataset, batch_size=5), shape")
        t.eq(labels.tolist(), [0, 0, 0, 1, 1], "the labels of DataLoader(dataset, batch_size=5)")


def tensor_dataset(n=10, size=8):
    import torch
    from torch.utils.data import TensorDataset
    images = torch.arange(n * size * size, dtype=torch.float32).reshape(n, 1, size, size) / (n * size * size)
    return TensorDataset(images, torch.arange(n))


def test_dataloader(m, t):
    from torch.utils.data import DataLoader
    ds = tensor_dataset()
    loader = m.make_loader(ds, 4, shuffle=False)
    t.true(isinstance(loader, DataLoader), "make_loader() must return a torch.utils.data.DataLoader",
           "make_loader() 应返回 torch.utils.data.DataLoader")
    report = m.run_one_epoch(loader)
    t.true(isinstance(report, dict), "run_one_epoch() must return a dict", "run_one_epoch() 应返回字典")
    t.eq(report.get("batches"), 3, 'run_one_epoch(10 samples, batch_size=4)["batches"]',
         hint=("10 samples in batches of 4: 4 + 4 + 2, so 3 batches.", "10 个样本、每批 4 个：4 + 4 + 2，共 3 批。"))
    t.eq(report.get("samples"), 10, 'run_one_epoch(...)["samples"]')
    t.eq(report.get("first_shape"), (4, 1, 8, 8), 'run_one_epoch(...)["first_shape"]',
         hint=("tuple(images.shape) of the first batch.", "第一批的 tuple(images.shape)。"))
    t.eq(report.get("labels"), list(range(10)), 'run_one_epoch(make_loader(..., shuffle=False))["labels"]')
    dropped = m.run_one_epoch(m.make_loader(ds, 4, shuffle=False, drop_last=True))
    t.eq((dropped.get("batches"), dropped.get("samples")), (2, 8), "batches and samples with drop_last=True",
         hint=("Pass drop_last on to the DataLoader.", "把 drop_last 传给 DataLoader。"))
    first = m.run_one_epoch(m.make_loader(ds, 4, shuffle=True, seed=0))["labels"]
    again = m.run_one_epoch(m.make_loader(ds, 4, shuffle=True, seed=0))["labels"]
    other = m.run_one_epoch(m.make_loader(ds, 4, shuffle=True, seed=1))["labels"]
    t.eq(sorted(first), list(range(10)), "the labels of one shuffled epoch, sorted")
    t.true(first != list(range(10)) or other != list(range(10)), "shuffle=True did not shuffle",
           "shuffle=True 没有打乱顺序")
    t.eq(again, first, "the order of two shuffled epochs with seed=0",
         hint=("Give the DataLoader a generator: torch.Generator().manual_seed(seed).",
               "给 DataLoader 传入 generator：torch.Generator().manual_seed(seed)。"))
    t.true(other != first, "seeds 0 and 1 gave the same order: use the seed", "seed 0 和 1 得到了相同的顺序：请使用 seed")


def values_of(subset):
    return sorted(int(subset[i][1]) for i in range(len(subset)))


def test_split_transforms(m, t):
    import torch
    ds = tensor_dataset(20, 2)
    train, val = m.split_dataset(ds, 0.25, 3)
    t.eq((len(train), len(val)), (15, 5), "lengths of split_dataset(20 samples, 0.25, 3): (train, val)")
    t.eq(sorted(values_of(train) + values_of(val)), list(range(20)), "the samples of train and val together",
         hint=("Every sample goes to exactly one side.", "每个样本恰好属于其中一边。"))
    _, val_again = m.split_dataset(ds, 0.25, 3)
    t.eq(values_of(val_again), values_of(val), "the val samples of split_dataset(ds, 0.25, 3) run twice",
         hint=("random_split(..., generator=torch.Generator().manual_seed(seed))",
               "random_split(..., generator=torch.Generator().manual_seed(seed))"))
    _, val_other = m.split_dataset(ds, 0.25, 4)
    t.true(values_of(val_other) != values_of(val), "seeds 3 and 4 gave the same split: use the seed",
           "seed 3 和 4 得到了相同的划分：请使用 seed")

    out = m.Normalize(0.5, 0.25)(torch.tensor([0.5, 1.0, 0.0]))
    t.eq([round(v, 6) for v in out.tolist()], [0.0, 2.0, -2.0], "Normalize(0.5, 0.25)(tensor([0.5, 1.0, 0.0]))")
    x = torch.arange(6, dtype=torch.float32).reshape(1, 2, 3)
    flipped = m.RandomHorizontalFlip(p=1.0)(x)
    t.eq(flipped.tolist(), [[[2.0, 1.0, 0.0], [5.0, 4.0, 3.0]]], "RandomHorizontalFlip(p=1.0)(x) for x = [[[0, 1, 2], [3, 4, 5]]]",
         hint=("Flip the last dimension (width) only: torch.flip(x, dims=[-1]).", "只翻转最后一维（宽）：torch.flip(x, dims=[-1])。"))
    t.eq(m.RandomHorizontalFlip(p=0.0)(x).tolist(), x.tolist(), "RandomHorizontalFlip(p=0.0)(x)")
    torch.manual_seed(0)
    flip = m.RandomHorizontalFlip()
    outcomes = {tuple(flip(x).flatten().tolist()) == (0.0, 1.0, 2.0, 3.0, 4.0, 5.0) for _ in range(200)}
    t.eq(sorted(outcomes), [False, True], "200 calls of RandomHorizontalFlip() (p=0.5): flipped sometimes and not others",
         hint=("Decide at random on every call, not once in __init__.", "每次调用时随机决定，而不是在 __init__ 里决定一次。"))
    both = m.compose(m.Normalize(1.0, 2.0), lambda v: v * 10)
    t.eq(both(torch.tensor([3.0])).tolist(), [10.0], "compose(Normalize(1.0, 2.0), lambda v: v * 10)(tensor([3.0]))")
    reverse = m.compose(lambda v: v * 10, m.Normalize(1.0, 2.0))
    t.eq(reverse(torch.tensor([3.0])).tolist(), [14.5], "compose(lambda v: v * 10, Normalize(1.0, 2.0))(tensor([3.0]))",
         hint=("Apply the transforms in the order they are given.", "按给出的顺序依次应用。"))


def halves_data(n=40, seed=0):
    """Class 0: the top half of a 4x4 image is bright; class 1: the bottom half. With a little noise."""
    import torch
    g = torch.Generator().manual_seed(seed)
    labels = torch.arange(n) % 2
    images = torch.rand(n, 1, 4, 4, generator=g) * 0.3
    images[labels == 0, :, :2, :] += 0.7
    images[labels == 1, :, 2:, :] += 0.7
    return images, labels


def parameters_of(model):
    return [p.detach().clone() for p in model.parameters()]


def same_parameters(a, b):
    import torch
    return all(torch.allclose(x, y) for x, y in zip(a, b))


def reference_epoch(model, loader, loss_fn, optimizer):
    model.train()
    for images, labels in loader:
        optimizer.zero_grad()
        loss_fn(model(images), labels).backward()
        optimizer.step()


def test_train_epoch(m, t):
    import math
    import torch
    from torch import nn
    from torch.utils.data import DataLoader, TensorDataset
    images, labels = halves_data()
    ds = TensorDataset(images, labels)
    loader = DataLoader(ds, batch_size=16, shuffle=False)

    zero = nn.Sequential(nn.Flatten(), nn.Linear(16, 2))
    nn.init.zeros_(zero[1].weight)
    nn.init.zeros_(zero[1].bias)
    loss = m.train_one_epoch(zero, loader, nn.CrossEntropyLoss(), torch.optim.SGD(zero.parameters(), lr=0.0))
    t.true(isinstance(loss, float), "train_one_epoch() must return a float (loss.item()), not {}".format(type(loss).__name__),
           "train_one_epoch() 应返回 float（loss.item()），而不是 {}".format(type(loss).__name__))
    t.close(loss, math.log(2), "train_one_epoch(a model that always outputs [0, 0], ...) (expected ln 2)", tol=1e-5,
            hint=("Return the mean loss per sample: add loss.item() * len(labels) per batch, divide by the samples seen.",
                  "返回每个样本的平均损失：每批累加 loss.item() * len(labels)，再除以样本总数。"))

    always0 = nn.Sequential(nn.Flatten(), nn.Linear(16, 2))
    with torch.no_grad():
        always0[1].weight.zero_()
        always0[1].bias.copy_(torch.tensor([1.0, 0.0]))
    t.close(m.evaluate(always0, loader), 0.5, "evaluate(a model that always predicts class 0, 20 + 20 samples)")
    top_vs_bottom = nn.Sequential(nn.Flatten(), nn.Linear(16, 2))
    with torch.no_grad():
        top_vs_bottom[1].weight.copy_(torch.tensor([[1.0] * 8 + [-1.0] * 8, [-1.0] * 8 + [1.0] * 8]))
        top_vs_bottom[1].bias.zero_()
    t.close(m.evaluate(top_vs_bottom, loader), 1.0, "evaluate(a model that compares the top and bottom halves)",
            hint=("Predicted class = outputs.argmax(dim=1); count (predicted == labels).", "预测类别 = outputs.argmax(dim=1)；统计 (predicted == labels)。"))

    torch.manual_seed(0)
    model = nn.Sequential(nn.Flatten(), nn.Linear(16, 2))
    twin = copy.deepcopy(model)
    before = parameters_of(model)
    m.evaluate(model, loader)
    t.true(same_parameters(before, parameters_of(model)), "evaluate() changed the model's parameters",
           "evaluate() 修改了模型参数")
    t.true(not model.training, "after evaluate() the model should be in eval mode: model.eval()",
           "evaluate() 之后模型应处于评估模式：model.eval()")
    m.train_one_epoch(model, loader, nn.CrossEntropyLoss(), torch.optim.SGD(model.parameters(), lr=0.5))
    t.true(model.training, "train_one_epoch() must put the model in training mode: model.train()",
           "train_one_epoch() 应把模型设为训练模式：model.train()")
    reference_epoch(twin, loader, nn.CrossEntropyLoss(), torch.optim.SGD(twin.parameters(), lr=0.5))
    t.true(same_parameters(parameters_of(model), parameters_of(twin)),
           "after one epoch the parameters differ from a correct loop's (zero_grad, forward, loss, backward, step per batch)",
           "一个 epoch 后参数与正确循环（每批 zero_grad、前向、损失、反向、step）的结果不同",
           hint=("Call optimizer.zero_grad() for every batch: otherwise the gradients of earlier batches add up.",
                 "每个批次都要调用 optimizer.zero_grad()：否则之前批次的梯度会累加。"))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.5)
    losses = [m.train_one_epoch(model, loader, nn.CrossEntropyLoss(), optimizer) for _ in range(15)]
    t.true(losses[-1] < losses[0], "the loss did not go down over 15 epochs: {:.3f} -> {:.3f}".format(losses[0], losses[-1]),
           "15 个 epoch 后损失没有下降：{:.3f} -> {:.3f}".format(losses[0], losses[-1]))
    accuracy = m.evaluate(model, loader)
    t.true(accuracy >= 0.95, "after training, the accuracy on this easy data is only {:.2f}".format(accuracy),
           "训练后，在这份简单数据上的准确率只有 {:.2f}".format(accuracy))


EXERCISES = [
    ("01_dataset", test_dataset,
     ("A Dataset needs __init__ (find the samples), __len__ and __getitem__ (load one sample, return (image, label)).",
      "Dataset 需要 __init__（找出所有样本）、__len__ 和 __getitem__（读一个样本，返回 (图片, 标签)）。")),
    ("02_dataloader", test_dataloader,
     ("DataLoader(dataset, batch_size=..., shuffle=..., drop_last=..., generator=...); one epoch = one for loop over it.",
      "DataLoader(dataset, batch_size=..., shuffle=..., drop_last=..., generator=...)；一个 epoch 就是对它的一次 for 循环。")),
    ("03_split_transforms", test_split_transforms,
     ("random_split with a seeded generator; a transform is any callable from tensor to tensor.",
      "用带种子的 generator 调用 random_split；变换就是任何从张量到张量的可调用对象。")),
    ("04_train_epoch", test_train_epoch,
     ("train: model.train(), then per batch zero_grad, forward, loss, backward, step; evaluate: model.eval() and torch.no_grad().",
      "训练：model.train()，然后每批 zero_grad、前向、损失、反向、step；评估：model.eval() 和 torch.no_grad()。")),
]
