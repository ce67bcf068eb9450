"""core/ must work where Qt is not installed: import every core module with PySide6 blocked."""

import subprocess
import sys
import textwrap


def test_every_core_module_imports_with_pyside6_unavailable():
    script = textwrap.dedent(
        """
        import importlib, pkgutil, sys
        class Block:
            def find_spec(self, name, path=None, target=None):
                if name.split('.')[0] in ('PySide6', 'shiboken6'):
                    raise ImportError('Qt is blocked in this test')
        sys.meta_path.insert(0, Block())
        import pan_desktop.core as core
        names = [m.name for m in pkgutil.walk_packages(core.__path__, 'pan_desktop.core.')
                 if '.migrations' not in m.name]
        for name in names:
            importlib.import_module(name)
        assert not any(k.startswith('PySide6') for k in sys.modules)
        print(len(names))
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) >= 15
