# ruff: noqa: INP001 -- a script run by path, not a package module
"""Execute docs/tutorial.ipynb top to bottom in a real Jupyter kernel; fail on any error.

    python scripts/run_notebook.py [NOTEBOOK ...] [--output EXECUTED.ipynb]

The kernel is this interpreter (``sys.executable``), whatever other Jupyter
kernels the machine has: the script writes a ``python3`` kernelspec pointing
at it into a temporary directory and looks for kernels there only. Each cell
gets 300 seconds. A cell that raises stops the run with the cell and its
traceback on stderr, and exit status 1. The notebook must also show at least
one HTML view and one image (the standings chart), so a display that silently
fell back to plain text, or a chart that was never drawn, fails too.

Needs the ``notebook`` extra (``pip install -e '.[notebook]'``).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import nbformat
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "docs" / "tutorial.ipynb"
KERNEL = "python3"
TIMEOUT = 300


def write_kernelspec(folder: Path) -> Path:
    """Write a ``python3`` kernelspec that runs ``sys.executable`` under ``folder``."""
    spec = folder / KERNEL
    spec.mkdir(parents=True)
    kernel = {
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": f"Python 3 ({sys.prefix})",
        "language": "python",
    }
    (spec / "kernel.json").write_text(json.dumps(kernel, indent=1), encoding="utf-8")
    return folder


def output_types(notebook: nbformat.NotebookNode) -> set[str]:
    """Every MIME type among the notebook's displayed outputs."""
    return {
        mime
        for cell in notebook.cells
        if cell.cell_type == "code"
        for output in cell.get("outputs", [])
        for mime in output.get("data", {})
    }


def run(path: Path, output: Path | None = None) -> int:
    """Execute the notebook at ``path``; 0 when every cell ran and showed what it should."""
    notebook = nbformat.read(path, as_version=4)  # type: ignore[no-untyped-call]
    with tempfile.TemporaryDirectory(prefix="coding-certs-kernels-") as kernels:
        specs = KernelSpecManager(kernel_dirs=[str(write_kernelspec(Path(kernels)))])
        # Local IPC sockets in the temporary directory, not TCP ports: nothing listens on
        # the network, and no two runs can collide.
        manager = KernelManager(
            kernel_name=KERNEL,
            kernel_spec_manager=specs,
            transport="ipc",
            ip=str(Path(kernels) / "kernel"),
        )
        client = NotebookClient(
            notebook,
            km=manager,
            kernel_name=KERNEL,
            timeout=TIMEOUT,
            resources={"metadata": {"path": str(path.parent)}},
        )
        try:
            client.execute()
        except CellExecutionError as error:
            sys.stderr.write(f"{path}: a cell failed\n{error}\n")
            return 1
        finally:
            # The client leaves a kernel it was handed running; stop it here.
            if manager.has_kernel:
                manager.shutdown_kernel(now=True)
    if output is not None:
        nbformat.write(notebook, output)  # type: ignore[no-untyped-call]
    missing = {"text/html", "image/png"} - output_types(notebook)
    if missing:
        sys.stderr.write(f"{path}: no output of type {', '.join(sorted(missing))}\n")
        return 1
    code_cells = sum(1 for cell in notebook.cells if cell.cell_type == "code")
    shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    sys.stdout.write(f"{shown}: {code_cells} code cells ran, no errors\n")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run each notebook named (default: docs/tutorial.ipynb); non-zero if any fails."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="*", type=Path, default=[DEFAULT])
    parser.add_argument("--output", type=Path, help="write the executed notebook here")
    args = parser.parse_args(argv)
    if args.output is not None and len(args.notebooks) != 1:
        parser.error("--output needs exactly one notebook")
    return max(run(path.resolve(), args.output) for path in args.notebooks)


if __name__ == "__main__":
    sys.exit(main())
