"""An import-linter contract import-linter lacks: no import inside a function between the
project's modules unless it is a documented exception (docs/architecture.md). The layers and
cycles contracts see such imports too, but a function-local import also hides a dependency
from whoever reads the module's head, so each one must be listed with its reason."""

import ast
import fnmatch
import sys
from pathlib import Path

from importlinter import Contract, ContractCheck, fields, output


def _module_file(module):
    """The module's source file, found without importing anything (importing a settings
    module would run it)."""
    *parents, name = module.split(".")
    for entry in sys.path:
        base = Path(entry or ".", *parents)
        for candidate in (base / name / "__init__.py", base / f"{name}.py"):
            if candidate.is_file():
                return str(candidate)
    return None


def _imported_modules(node, module, is_package, known):
    """The project modules an import statement names (a module, or a submodule it imports)."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names if alias.name in known]
    base = node.module or ""
    if node.level:
        parts = module.split(".")
        parts = parts[: len(parts) - node.level + (1 if is_package else 0)]
        base = ".".join([*parts, *([node.module] if node.module else [])])
    if base not in known:
        return []
    named = [f"{base}.{alias.name}" for alias in node.names]
    return [name for name in named if name in known] or [base]


def function_local_imports(module, known):
    """(line, imported module) for each import inside a function of `module`."""
    path = _module_file(module)
    if path is None:
        return []
    tree = ast.parse(open(path, encoding="utf-8").read(), path)  # noqa: SIM115
    is_package = path.endswith("__init__.py")
    found = []

    def visit(node, in_function):
        for child in ast.iter_child_nodes(node):
            local = in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
            if local and isinstance(child, ast.Import | ast.ImportFrom):
                for imported in _imported_modules(child, module, is_package, known):
                    found.append((child.lineno, imported))
            visit(child, local)

    visit(tree, False)
    return found


class FunctionLocalImportsContract(Contract):
    """Options: `allowed`, a list of "importer -> imported" (fnmatch patterns) that may be
    imported inside a function. An entry that matches nothing breaks the contract too, so the
    list never outlives the code it excuses."""

    type_name = "function_local_imports"

    allowed = fields.ListField(subfield=fields.StringField(), required=False)

    def check(self, graph, verbose):
        known = set(graph.modules)
        allowed = [tuple(part.strip() for part in rule.split("->")) for rule in self.allowed or []]
        used, unexcused = set(), []
        for module in sorted(known):
            for line, imported in function_local_imports(module, known):
                rules = [
                    (importer, target)
                    for importer, target in allowed
                    if fnmatch.fnmatchcase(module, importer)
                    and fnmatch.fnmatchcase(imported, target)
                ]
                used.update(rules)
                if not rules:
                    unexcused.append(f"{module}:{line} imports {imported}")
        unused = [f"{a} -> {b}" for a, b in allowed if (a, b) not in used]
        return ContractCheck(
            kept=not (unexcused or unused), metadata={"unexcused": unexcused, "unused": unused}
        )

    def render_broken_contract(self, check):
        for line in check.metadata["unexcused"]:
            output.print_error(f"{line} inside a function (not a documented exception)")
        for rule in check.metadata["unused"]:
            output.print_error(f"allowed but not found: {rule}")
