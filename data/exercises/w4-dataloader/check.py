#!/usr/bin/env python3
"""Check the exercises of this folder, rustlings-style, with plain python3 (no pytest).

Usage: python3 check.py [DIR] [--lang zh|en]

DIR is the folder holding your exercise files (default: the folder of this file).
The tests themselves are in tests.py, next to this file.

Exit codes:
  0  every exercise passes
  1  at least one exercise fails
  2  usage error (unknown option, DIR is not a folder)
  3  a Python package the tests need (e.g. numpy, pandas, torch) is missing
The last line printed on stdout is always JSON, e.g.
  {"passed": 8, "failed": 2, "total": 10, "failing": ["03_dicts", "07_modules"]}
and, when a package is missing (exit 3), it also has "missing": ["numpy"].

This file is the same in every exercise folder of the roadmap.
"""
import contextlib
import importlib
import importlib.util
import io
import json
import numbers
import os
import signal
import sys
import traceback

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_MISSING = 3

# Seconds one exercise may run (an endless loop fails instead of hanging). POSIX only.
EXERCISE_TIMEOUT = 10
MAX_OUTPUT_LINES = 15

WORDS = {
    'en': {
        'returned': '{expr}: got {actual}, expected {expected}',
        'not_done': '{where}: {func}() is not done yet (it still raises NotImplementedError: {msg})',
        'error_at': '{exc} ({where})',
        'no_file': 'file not found: {path}',
        'raised_other': '{expr} raised {exc}, expected {expected}',
        'raised_nothing': '{expr} raised nothing, expected {expected}',
        'timeout': 'took longer than {n} s: is there an endless loop?',
        'hint': 'hint: {}',
        'output': 'output:',
        'summary': '{passed} passed, {failed} failed',
        'all_done': 'All exercises pass. Well done!',
        'where': '{file} line {line}, in {func}',
        'where_no_func': '{file} line {line}',
        'not_dir': 'not a folder: {path}',
        'usage': 'usage: python3 check.py [DIR] [--lang zh|en]',
        'interrupted': 'interrupted',
    },
    'zh': {
        'returned': '{expr}：得到 {actual}，应为 {expected}',
        'not_done': '{where}：{func}() 还没完成（仍在抛出 NotImplementedError：{msg}）',
        'error_at': '{exc}（{where}）',
        'no_file': '找不到文件：{path}',
        'raised_other': '{expr} 抛出了 {exc}，应抛出 {expected}',
        'raised_nothing': '{expr} 没有抛出异常，应抛出 {expected}',
        'timeout': '运行超过 {n} 秒：是不是写成了死循环？',
        'hint': '提示：{}',
        'output': '输出：',
        'summary': '通过 {passed} 个，未通过 {failed} 个',
        'all_done': '全部练习通过，干得好！',
        'where': '{file} 第 {line} 行，{func} 中',
        'where_no_func': '{file} 第 {line} 行',
        'not_dir': '不是文件夹：{path}',
        'usage': '用法：python3 check.py [DIR] [--lang zh|en]',
        'interrupted': '已中断',
    },
}


class CheckFailed(Exception):
    """One failed check: a message in both languages and an optional hint."""

    def __init__(self, text, hint=None):
        Exception.__init__(self, text['en'])
        self.text = text
        self.hint = hint


class Timeout(Exception):
    pass


def short_repr(value, limit=200):
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + '...'


def localize(key, **values):
    """A message in both languages; a value given as an (en, zh) tuple is put in each language's own."""
    result = {}
    for lang in ('en', 'zh'):
        mine = {k: (v[0] if lang == 'en' else v[1]) if isinstance(v, tuple) else v for k, v in values.items()}
        result[lang] = WORDS[lang][key].format(**mine)
    return result


def as_text(en, zh):
    return {'en': en, 'zh': zh}


class Tester:
    """What a test in tests.py uses: t.eq, t.close, t.true, t.raises, t.fail, plus the exercise's folder."""

    def __init__(self, folder, import_output):
        self.folder = folder
        # What the exercise printed while it was imported (for checks of `if __name__ == "__main__":`).
        self.import_output = import_output

    @staticmethod
    def _hint(hint):
        return None if hint is None else as_text(hint[0], hint[1])

    def eq(self, actual, expected, expr, hint=None):
        both_numbers = all(
            isinstance(v, numbers.Real) and not isinstance(v, bool) for v in (actual, expected)
        )
        # 2 == 2.0 passes, but a list is not a tuple and True is not 1.
        ok = (both_numbers or type(actual) is type(expected)) and bool(actual == expected)
        if not ok:
            raise CheckFailed(
                localize('returned', expr=expr, actual=short_repr(actual), expected=short_repr(expected)),
                self._hint(hint),
            )

    def close(self, actual, expected, expr, tol=1e-6, hint=None):
        try:
            ok = abs(float(actual) - float(expected)) <= tol
        except (TypeError, ValueError):
            ok = False
        if not ok:
            raise CheckFailed(
                localize('returned', expr=expr, actual=short_repr(actual), expected=short_repr(expected)),
                self._hint(hint),
            )

    def true(self, condition, en, zh, hint=None):
        if not condition:
            raise CheckFailed(as_text(en, zh), self._hint(hint))

    def fail(self, en, zh, hint=None):
        raise CheckFailed(as_text(en, zh), self._hint(hint))

    def raises(self, exc_type, func, expr, hint=None):
        """The call must raise exc_type (e.g. changing a tuple raises TypeError)."""
        try:
            func()
        except exc_type:
            return
        except NotImplementedError:
            raise
        except Exception as error:  # noqa: BLE001 - any other exception is a failed check
            raise CheckFailed(
                localize('raised_other', expr=expr, exc=type(error).__name__, expected=exc_type.__name__),
                self._hint(hint),
            )
        raise CheckFailed(localize('raised_nothing', expr=expr, expected=exc_type.__name__), self._hint(hint))


def choose_lang(argv_lang, env):
    if argv_lang in ('zh', 'en'):
        return argv_lang
    value = env.get('LC_ALL') or env.get('LC_MESSAGES') or env.get('LANG') or ''
    return 'zh' if value.lower().startswith('zh') else 'en'


def parse_args(argv):
    folder = None
    lang = None
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg in ('-h', '--help'):
            return None, None, 'help'
        if arg == '--lang' and i + 1 < len(argv) and argv[i + 1] in ('zh', 'en'):
            lang = argv[i + 1]
            i += 2
            continue
        if arg.startswith('--lang=') and arg[len('--lang='):] in ('zh', 'en'):
            lang = arg[len('--lang='):]
            i += 1
            continue
        if arg.startswith('-') or folder is not None:
            return None, lang, 'usage'
        folder = arg
        i += 1
    return folder, lang, None


def load_tests(here):
    spec = importlib.util.spec_from_file_location('roadmap_exercise_tests', os.path.join(here, 'tests.py'))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def missing_packages(requires):
    missing = []
    for name in requires:
        try:
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                importlib.import_module(name)
        except Exception:  # noqa: BLE001 - an ImportError, or a broken install that fails while importing
            missing.append(name)
    return missing


def default_install_message(missing, python, lang):
    names = ' '.join(missing)
    if lang == 'zh':
        return '{} 缺少 Python 包 {}：请安装（例如 {} -m pip install {}），然后再运行检查。'.format(python, names, python, names)
    return 'Missing Python package(s) {} for {}: install them (e.g. {} -m pip install {}), then run the check again.'.format(
        names, python, python, names)


def location(error, folder):
    """Where in the learner's own files the error happened: (file, line, function) or None."""
    frames = traceback.extract_tb(error.__traceback__)
    folder = os.path.realpath(folder)
    mine = [f for f in frames if os.path.realpath(f.filename).startswith(folder + os.sep)]
    frame = (mine or frames or [None])[-1]
    if frame is None:
        return None
    return os.path.basename(frame.filename), frame.lineno, frame.name


def describe_error(error, folder):
    if isinstance(error, SyntaxError):
        where = localize('where_no_func', file=os.path.basename(error.filename or '?'), line=error.lineno or '?')
        exc = 'SyntaxError: {}'.format(error.msg)
        return {lang: WORDS[lang]['error_at'].format(exc=exc, where=where[lang]) for lang in where}
    place = location(error, folder)
    if isinstance(error, NotImplementedError):
        file, line, func = place or ('?', '?', '?')
        where = localize('where_no_func', file=file, line=line)
        return {
            lang: WORDS[lang]['not_done'].format(where=where[lang], func=func, msg=str(error) or 'TODO')
            for lang in where
        }
    exc = '{}: {}'.format(type(error).__name__, error) if str(error) else type(error).__name__
    if place is None:
        return as_text(exc, exc)
    where = localize('where', file=place[0], line=place[1], func=place[2])
    return {lang: WORDS[lang]['error_at'].format(exc=exc, where=where[lang]) for lang in where}


@contextlib.contextmanager
def time_limit(seconds):
    if not hasattr(signal, 'SIGALRM'):
        yield
        return

    def on_alarm(signum, frame):
        raise Timeout()

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def run_exercise(name, test, folder):
    """Import one exercise file and run its test. Returns (ok, message, hint, output)."""
    path = os.path.join(folder, name + '.py')
    if not os.path.isfile(path):
        return False, localize('no_file', path=path), None, ''
    module_name = 'exercise_' + ''.join(c if c.isalnum() else '_' for c in name)
    out = io.StringIO()
    try:
        with time_limit(EXERCISE_TIMEOUT), contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            spec = importlib.util.spec_from_file_location(module_name, path)
            module = importlib.util.module_from_spec(spec)
            sys.modules[module_name] = module
            spec.loader.exec_module(module)
            import_output = out.getvalue()
            test(module, Tester(folder, import_output))
    except CheckFailed as failed:
        return False, failed.text, failed.hint, out.getvalue()
    except Timeout:
        return False, localize('timeout', n=EXERCISE_TIMEOUT), None, out.getvalue()
    except KeyboardInterrupt:
        raise
    except BaseException as error:  # noqa: BLE001 - SystemExit in an exercise is a failure too
        return False, describe_error(error, folder), None, out.getvalue()
    finally:
        sys.modules.pop(module_name, None)
    return True, None, None, out.getvalue()


def main(argv, env):
    sys.dont_write_bytecode = True  # no __pycache__ in the learner's folder or next to the tests, never a stale one
    here = os.path.dirname(os.path.abspath(__file__))
    folder, lang_flag, problem = parse_args(argv)
    lang = choose_lang(lang_flag, env)
    words = WORDS[lang]
    if problem == 'help':
        print(__doc__.strip())
        return EXIT_OK
    if problem == 'usage':
        print(words['usage'], file=sys.stderr)
        return EXIT_USAGE
    folder = os.path.abspath(folder or here)
    if not os.path.isdir(folder):
        print(words['not_dir'].format(path=folder), file=sys.stderr)
        return EXIT_USAGE

    tests = load_tests(here)
    names = [name for name, _, _ in tests.EXERCISES]
    missing = missing_packages(getattr(tests, 'REQUIRES', []))
    if missing:
        message = getattr(tests, 'install_message', default_install_message)
        print(message(missing, sys.executable, lang), file=sys.stderr)
        print(json.dumps({'passed': 0, 'failed': 0, 'total': len(names), 'failing': [], 'missing': missing}))
        return EXIT_MISSING

    sys.path.insert(0, folder)  # so an exercise can `import` a module of its own folder
    failing = []
    for name, test, hint in tests.EXERCISES:
        ok, message, check_hint, output = run_exercise(name, test, folder)
        if ok:
            print('\u2713 ' + name)
            continue
        failing.append(name)
        print('\u2717 ' + name)
        print('    ' + message[lang])
        chosen = check_hint or as_text(hint[0], hint[1])
        print('    ' + words['hint'].format(chosen[lang]))
        lines = output.rstrip().splitlines()
        if lines:
            print('    ' + words['output'])
            for line in lines[:MAX_OUTPUT_LINES]:
                print('      ' + line)
            if len(lines) > MAX_OUTPUT_LINES:
                print('      ...')
    passed = len(names) - len(failing)
    print()
    print(words['summary'].format(passed=passed, failed=len(failing)))
    if not failing:
        print(words['all_done'])
    print(json.dumps({'passed': passed, 'failed': len(failing), 'total': len(names), 'failing': failing}))
    return EXIT_FAILED if failing else EXIT_OK


if __name__ == '__main__':
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors='replace')
        except (AttributeError, ValueError):
            pass
    try:
        code = main(sys.argv[1:], os.environ)
    except KeyboardInterrupt:
        print(WORDS['en']['interrupted'], file=sys.stderr)
        code = 130
    sys.exit(code)
