"""The tests of the week-2 numpy and pandas exercises, run by check.py (python3 check.py).

numpy and pandas are imported inside the tests: check.py reads REQUIRES first and, when a package is missing,
says how to install it (exit 3) instead of failing here.
Each test gets the exercise module `m` and a tester `t` (t.eq, t.close, t.true: see check.py).
"""
import os

REQUIRES = ["numpy", "pandas"]

HERE = os.path.dirname(os.path.abspath(__file__))
CSV = os.path.join(HERE, "weather.csv")
COLUMNS = ["date", "city", "temp_c", "rain_mm", "humidity", "condition"]


def install_message(missing, python, lang):
    names = " ".join(missing)
    if lang == "zh":
        return ("这些练习需要 numpy 和 pandas，但 {python} 缺少：{names}。请安装后再运行检查，例如在 conda 环境中运行"
                " conda install numpy pandas，或 {python} -m pip install numpy pandas"
                "（Debian/Ubuntu 的系统 Python：sudo apt install python3-numpy python3-pandas）。").format(
                    python=python, names=names)
    return ("These exercises need numpy and pandas, and {python} is missing: {names}. Install them, then run the check"
            " again: e.g. conda install numpy pandas in your conda environment, or {python} -m pip install numpy pandas"
            " (for Debian/Ubuntu's system Python: sudo apt install python3-numpy python3-pandas).").format(
                python=python, names=names)


def read_weather():
    import pandas as pd
    return pd.read_csv(CSV, parse_dates=["date"])


def cleaned_weather():
    """weather.csv cleaned as 04_pandas_clean.py asks, computed here independently of the learner's code."""
    df = read_weather()
    df["temp_c"] = df["temp_c"].fillna(df.groupby("city")["temp_c"].transform("mean"))
    df["humidity"] = df["humidity"].fillna(df["humidity"].median())
    return df


def as_list(value):
    """An array or Series as a plain list of Python numbers, for exact messages."""
    import numpy as np
    return np.asarray(value).tolist()


def check_array(t, actual, expected, expr, tol=1e-9, hint=None):
    import numpy as np
    t.true(isinstance(actual, np.ndarray), "{} must return a numpy array, not {}".format(expr, type(actual).__name__),
           "{} 应返回 numpy 数组，而不是 {}".format(expr, type(actual).__name__), hint=hint)
    expected = np.asarray(expected)
    t.eq(tuple(actual.shape), tuple(expected.shape), ("{}.shape".format(expr), "{}.shape".format(expr)), hint=hint)
    same = np.allclose(actual.astype(float), expected.astype(float), atol=tol, equal_nan=True)
    t.true(same, "{}: got {}, expected {}".format(expr, as_list(actual), as_list(expected)),
           "{}：得到 {}，应为 {}".format(expr, as_list(actual), as_list(expected)), hint=hint)


def test_numpy_arrays(m, t):
    import numpy as np
    grid = m.make_grid(2, 3)
    check_array(t, grid, [[0, 1, 2], [3, 4, 5]], "make_grid(2, 3)")
    check_array(t, m.make_grid(3, 1), [[0], [1], [2]], "make_grid(3, 1)")
    check_array(t, m.column_means(np.array([[0, 1, 2], [3, 4, 5]])), [1.5, 2.5, 3.5], "column_means([[0, 1, 2], [3, 4, 5]])",
                hint=("axis=0 collapses the rows: one mean per column.", "axis=0 沿行方向压缩：每列得到一个均值。"))
    data = np.array([[1.0, 10.0], [2.0, 20.0], [3.0, 60.0]])
    z = m.standardize(data)
    check_array(t, z.mean(axis=0), [0.0, 0.0], "standardize(x).mean(axis=0)")
    check_array(t, z.std(axis=0), [1.0, 1.0], "standardize(x).std(axis=0)",
                hint=("Divide by a.std(axis=0), per column.", "按列除以 a.std(axis=0)。"))
    check_array(t, m.select_above(np.array([[0, 1, 2], [3, 4, 5]]), 3), [4, 5], "select_above([[0, 1, 2], [3, 4, 5]], 3)")
    t.close(m.celsius_to_fahrenheit(100), 212.0, "celsius_to_fahrenheit(100)")
    check_array(t, m.celsius_to_fahrenheit(np.array([0.0, -40.0, 37.0])), [32.0, -40.0, 98.6],
                "celsius_to_fahrenheit(np.array([0.0, -40.0, 37.0]))")


def test_numpy_weather(m, t):
    import numpy as np
    a = m.load_numbers(CSV)
    t.true(isinstance(a, np.ndarray), "load_numbers() must return a numpy array", "load_numbers() 应返回 numpy 数组")
    t.eq(tuple(a.shape), (36, 3), "load_numbers(weather.csv).shape",
         hint=("Read only the columns temp_c, rain_mm, humidity (usecols=(2, 3, 4)) and skip the header line.",
               "只读 temp_c、rain_mm、humidity 三列（usecols=(2, 3, 4)），并跳过表头。"))
    check_array(t, a[0], [8.8, 10.4, 73.0], "load_numbers(weather.csv)[0]")
    t.true(bool(np.isnan(a[6, 0])), "row 7 (Northport, 2024-03-03) has no temperature: expected nan there",
           "第 7 行（Northport，2024-03-03）没有温度：那里应为 nan")
    check_array(t, m.count_missing(a), [3, 0, 2], "count_missing(a)")
    check_array(t, m.column_means_ignoring_nan(a), [8.148484848484848, 5.0055555555555555, 73.1470588235294],
                "column_means_ignoring_nan(a)", tol=1e-6,
                hint=("np.nanmean(a, axis=0) leaves nan out.", "np.nanmean(a, axis=0) 会忽略 nan。"))
    t.close(m.rainy_fraction(a), 19 / 36, "rainy_fraction(a)",
            hint=("rain_mm is column 1 of your array: (a[:, 1] > 0).mean()", "rain_mm 是数组的第 1 列：(a[:, 1] > 0).mean()"))


def test_pandas_basics(m, t):
    import pandas as pd
    df = m.load(CSV)
    t.true(isinstance(df, pd.DataFrame), "load() must return a DataFrame", "load() 应返回 DataFrame")
    t.eq(len(df), 36, "len(load(weather.csv))")
    t.eq(list(df.columns), COLUMNS, "list(load(weather.csv).columns)")
    t.true(pd.api.types.is_datetime64_any_dtype(df["date"]), "the date column is not parsed as dates",
           "date 列没有被解析为日期", hint=('pd.read_csv(path, parse_dates=["date"])', 'pd.read_csv(path, parse_dates=["date"])'))
    df = read_weather()
    t.eq(m.missing_per_column(df), {"temp_c": 3, "humidity": 2}, "missing_per_column(df)",
         hint=("Keep only the columns whose count is above 0, and turn each count into int(...).",
               "只保留个数大于 0 的列，并把每个个数转成 int(...)。"))
    north = m.rows_for(df, "Northport")
    t.eq(len(north), 12, 'len(rows_for(df, "Northport"))')
    t.eq(sorted(set(north["city"])), ["Northport"], 'set(rows_for(df, "Northport")["city"])')
    top = m.wettest(df, 3)
    t.eq(list(zip(top["date"].dt.strftime("%Y-%m-%d"), top["city"])),
         [("2024-03-11", "Riverton"), ("2024-03-06", "Northport"), ("2024-03-04", "Hillview")],
         'wettest(df, 3): (date, city) of each row')


def test_pandas_clean(m, t):
    df = read_weather()
    untouched = read_weather()
    filled = m.fill_temperatures(df)
    t.true(df.equals(untouched), "fill_temperatures() changed the DataFrame it was given: work on df.copy()",
           "fill_temperatures() 修改了传入的 DataFrame：请在 df.copy() 上操作")
    t.eq(int(filled["temp_c"].isna().sum()), 0, 'fill_temperatures(df)["temp_c"].isna().sum()')
    t.close(filled.loc[6, "temp_c"], 7.31, "fill_temperatures(df).loc[6, 'temp_c'] (Northport)", tol=1e-6,
            hint=("Use the mean of the same city, not of the whole column: groupby('city')['temp_c'].transform('mean').",
                  "用同一城市的均值，而不是整列的均值：groupby('city')['temp_c'].transform('mean')。"))
    t.close(filled.loc[29, "temp_c"], 5.081818181818182, "fill_temperatures(df).loc[29, 'temp_c'] (Hillview)", tol=1e-6)
    t.close(filled.loc[0, "temp_c"], 8.8, "fill_temperatures(df).loc[0, 'temp_c'] (a known value stays)")
    humid = m.fill_humidity(df)
    t.true(df.equals(untouched), "fill_humidity() changed the DataFrame it was given: work on df.copy()",
           "fill_humidity() 修改了传入的 DataFrame：请在 df.copy() 上操作")
    t.close(humid.loc[13, "humidity"], 73.5, "fill_humidity(df).loc[13, 'humidity']")
    t.close(humid.loc[32, "humidity"], 73.5, "fill_humidity(df).loc[32, 'humidity']")
    out = m.clean(df)
    t.eq(int(out.isna().sum().sum()), 0, "clean(df).isna().sum().sum()")
    t.true("rainy" in out.columns, 'clean(df) has no column "rainy"', 'clean(df) 没有 "rainy" 列')
    t.eq([bool(v) for v in out["rainy"].head(4)], [True, True, False, False], 'clean(df)["rainy"].head(4)')
    t.eq(int(out["rainy"].sum()), 19, 'clean(df)["rainy"].sum()')


def test_pandas_groupby(m, t):
    import pandas as pd
    df = read_weather()
    summary = m.city_summary(df)
    t.true(isinstance(summary, pd.DataFrame), "city_summary() must return a DataFrame", "city_summary() 应返回 DataFrame")
    t.eq(list(summary.index), ["Hillview", "Northport", "Riverton"], "list(city_summary(df).index)")
    for column in ["mean_temp", "total_rain", "rainy_days"]:
        t.true(column in summary.columns, 'city_summary(df) has no column "{}"'.format(column),
               'city_summary(df) 没有 "{}" 列'.format(column),
               hint=('Named aggregation: .agg(mean_temp=("temp_c", "mean"), total_rain=("rain_mm", "sum"), ...)',
                     '命名聚合：.agg(mean_temp=("temp_c", "mean"), total_rain=("rain_mm", "sum"), ...)'))
    expected = {"Hillview": (5.081818181818182, 49.9, 4), "Northport": (7.31, 49.2, 5), "Riverton": (11.658333333333333, 81.1, 10)}
    for city, (mean_temp, total_rain, rainy_days) in expected.items():
        t.close(summary.loc[city, "mean_temp"], mean_temp, "city_summary(df).loc['{}', 'mean_temp']".format(city), tol=1e-6)
        t.close(summary.loc[city, "total_rain"], total_rain, "city_summary(df).loc['{}', 'total_rain']".format(city), tol=1e-6)
        t.eq(int(summary.loc[city, "rainy_days"]), rainy_days, "city_summary(df).loc['{}', 'rainy_days']".format(city),
             hint=("Count the rows with rain_mm > 0: the sum of a boolean column.", "统计 rain_mm > 0 的行数：对布尔列求和。"))
    t.eq(m.condition_counts(df), {"rain": 19, "sunny": 12, "cloudy": 5}, "condition_counts(df)")
    t.eq(m.warmest_day(df, "Riverton"), "2024-03-09", 'warmest_day(df, "Riverton")')
    t.eq(m.warmest_day(df, "Hillview"), "2024-03-11", 'warmest_day(df, "Hillview")',
         hint=("Look only at that city's rows before idxmax().", "先只取该城市的行，再用 idxmax()。"))
    table = m.temperature_table(df)
    t.eq(tuple(table.shape), (12, 3), "temperature_table(df).shape")
    t.eq(sorted(table.columns), ["Hillview", "Northport", "Riverton"], "sorted(temperature_table(df).columns)")
    t.close(table.loc[pd.Timestamp("2024-03-09"), "Riverton"], 14.2, "temperature_table(df).loc['2024-03-09', 'Riverton']")


def test_features(m, t):
    import numpy as np
    df = cleaned_weather()
    hot = m.one_hot(df, "condition")
    t.eq(sorted(hot.columns), ["condition_cloudy", "condition_rain", "condition_sunny"], 'sorted(one_hot(df, "condition").columns)')
    t.eq(len(hot), 36, 'len(one_hot(df, "condition"))')
    t.eq(as_list(hot.sum(axis=1).unique()), [1], 'one_hot(df, "condition").sum(axis=1).unique()')
    t.eq(int(hot["condition_rain"].sum()), 19, 'one_hot(df, "condition")["condition_rain"].sum()',
         hint=("pd.get_dummies(..., dtype=int) gives 0/1 integers (newer pandas gives booleans otherwise).",
               "pd.get_dummies(..., dtype=int) 得到 0/1 整数（否则新版 pandas 给出布尔值）。"))
    x = m.feature_matrix(df)
    check_array(t, x.mean(axis=0), [0.0, 0.0, 0.0], "feature_matrix(df).mean(axis=0)", tol=1e-9)
    check_array(t, x.std(axis=0), [1.0, 1.0, 1.0], "feature_matrix(df).std(axis=0)", tol=1e-9)
    raw = df[["temp_c", "rain_mm", "humidity"]].to_numpy(dtype=float)
    check_array(t, x[0], (raw[0] - raw.mean(axis=0)) / raw.std(axis=0), "feature_matrix(df)[0]", tol=1e-9,
                hint=("Columns in this order: temp_c, rain_mm, humidity.", "列的顺序：temp_c、rain_mm、humidity。"))
    train, test = m.split_rows(df, 0.2, 7)
    t.eq((len(train), len(test)), (29, 7), "len of split_rows(df, 0.2, 7): (train, test)")
    t.true(set(train.index).isdisjoint(test.index), "a row is in both train and test", "有的行同时出现在 train 和 test 中")
    t.eq(sorted(set(train.index) | set(test.index)), list(range(36)), "train and test indices together")
    again_train, again_test = m.split_rows(df, 0.2, 7)
    t.eq(sorted(again_test.index), sorted(test.index), "the test rows of split_rows(df, 0.2, 7) called twice",
         hint=("Pass the seed on: df.sample(..., random_state=seed).", "把 seed 传下去：df.sample(..., random_state=seed)。"))
    _, other = m.split_rows(df, 0.2, 8)
    t.true(sorted(other.index) != sorted(test.index), "seed 8 gave the same split as seed 7: use the seed",
           "seed 8 和 seed 7 得到了相同的划分：请使用 seed")


EXERCISES = [
    ("01_numpy_arrays", test_numpy_arrays,
     ("np.arange, reshape, mean(axis=0), broadcasting, and boolean masks a[a > x].",
      "np.arange、reshape、mean(axis=0)、广播，以及布尔索引 a[a > x]。")),
    ("02_numpy_weather", test_numpy_weather,
     ("np.genfromtxt turns empty fields into nan; np.isnan and np.nanmean deal with them.",
      "np.genfromtxt 会把空字段变成 nan；用 np.isnan 和 np.nanmean 处理它们。")),
    ("03_pandas_basics", test_pandas_basics,
     ("pd.read_csv(parse_dates=...), df.isna().sum(), boolean indexing, sort_values.",
      "pd.read_csv(parse_dates=...)、df.isna().sum()、布尔索引、sort_values。")),
    ("04_pandas_clean", test_pandas_clean,
     ("df.copy(), groupby(...).transform('mean'), fillna, and a new column from a comparison.",
      "df.copy()、groupby(...).transform('mean')、fillna，以及由比较得到的新列。")),
    ("05_pandas_groupby", test_pandas_groupby,
     ("groupby().agg(name=(column, function)), value_counts, idxmax, pivot.",
      "groupby().agg(名字=(列, 函数))、value_counts、idxmax、pivot。")),
    ("06_features", test_features,
     ("pd.get_dummies, to_numpy, standardizing per column, df.sample(random_state=...) and df.drop.",
      "pd.get_dummies、to_numpy、按列标准化、df.sample(random_state=...) 和 df.drop。")),
]
