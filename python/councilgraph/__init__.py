"""UN Security Council diplomacy as a typed, time-aware, sourced graph, from Python.

    >>> import councilgraph
    >>> g = councilgraph.load()                      # the shipped data set, as the command line
    >>> rows = g.pens(at="2019-06-01", dossier="Syria")
    >>> rows[0]["holder"], rows[0]["evidence"][0]["quote"]
    >>> g.vetoes(by="Russia", from_="2011", to="2022").to_pandas()
    >>> G = g.to_networkx(edges="pen", at="2019")      # a networkx.MultiDiGraph

Every query command of the ``councilgraph`` command line is a method of :class:`Graph` taking the
command's options as keyword arguments (``--from`` is ``from_``, ``--no-legend`` is ``no_legend``)
and returning the rows ``councilgraph --format json <command>`` prints, as a :class:`Rows` list of
dicts, each with its ``evidence``. ``help(councilgraph.Graph.pens)`` lists a method's options.
Errors are the command line's: :class:`NameError` (with ``candidates``), :class:`DataError` (with
``diagnostics``), :class:`UsageError`. See docs/python.md.
"""

import inspect as _inspect
import json as _json
import keyword as _keyword
import os as _os
import warnings as _warnings

from . import _core

__all__ = ["load", "check", "default_data_paths", "Graph", "Rows", "Entity", "Error", "DataError",
           "NameError", "UsageError", "CouncilgraphWarning"]

_PACKAGE_DIR = _os.path.dirname(_os.path.abspath(__file__))
_core.use_package_dir(_PACKAGE_DIR)  # the shipped mappings and theme are this prefix's

# ------------------------------------------------------------------------------------------------
# Errors: the library's, with what the command line prints for them.


class Error(Exception):
    """An error of councilgraph; ``exit_code`` is the command line's exit status for it."""

    def __init__(self, message, exit_code=2):
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code


class DataError(Error, ValueError):
    """Bad data files. ``diagnostics``: every problem, each a dict with ``file``, ``line``,
    ``column``, ``pointer`` (JSON pointer), ``message`` and ``text`` (the line the CLI prints)."""

    def __init__(self, message, diagnostics=()):
        super().__init__(message)
        self.diagnostics = list(diagnostics)


class NameError(Error, LookupError):  # noqa: A001 - the library's name for it
    """A name that resolves to no entity, or to several. ``name``: the name given; ``candidates``:
    the ids it may mean (``ambiguous``) or the closest suggestions (unknown name)."""

    def __init__(self, message, name="", candidates=(), ambiguous=False):
        super().__init__(message)
        self.name = name
        self.candidates = list(candidates)
        self.ambiguous = ambiguous


class UsageError(Error, ValueError):
    """A bad argument: a malformed date, an unknown kind or option value."""


class CouncilgraphWarning(UserWarning):
    """A note the command line prints on stderr (a name that also names another entity, no path)."""


# ------------------------------------------------------------------------------------------------
# Results


class Rows(list):
    """The rows of a query: a list of dicts (the JSON rows of the command line), each with its
    ``evidence`` list."""

    def to_pandas(self):
        """The rows as a ``pandas.DataFrame``, one column per field (``evidence`` holds lists)."""
        import pandas  # optional: imported only when asked for

        columns = list(self[0].keys()) if self else None
        return pandas.DataFrame.from_records(list(self), columns=columns)


class Entity(dict):
    """What ``show`` knows about one entity: ``id``, ``kind``, ``name`` (en/nl/fr), ``aliases``,
    ``attrs`` and ``relations`` (a :class:`Rows`)."""

    def to_pandas(self):
        """The relations as a ``pandas.DataFrame``."""
        return self["relations"].to_pandas()


def _result(value):
    if isinstance(value, list):
        return Rows(value)
    if isinstance(value, dict) and "relations" in value:
        entity = Entity(value)
        entity["relations"] = Rows(value["relations"])
        return entity
    return value


# ------------------------------------------------------------------------------------------------
# Commands as methods

# Commands that are not queries: `check` is councilgraph.check(), `import` writes data files,
# `completion` prints a shell script, and `render`, `export` and `report` are methods of their own
# below (they write files or text, or give one document rather than rows).
_NOT_QUERIES = {"check", "import", "completion", "render", "export", "report"}
_COMMANDS = {c["name"]: c for c in _core.commands()}


def _python_name(option):
    name = option.replace("-", "_")
    return name + "_" if _keyword.iskeyword(name) else name


def _cli_value(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple, set)):
        return ",".join(_cli_value(v) for v in value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


class _Command:
    """How the Python arguments of one command become its command line."""

    def __init__(self, spec, skip=()):
        self.name = spec["name"]
        self.help = spec["help"]
        self.positional = [o for o in spec["options"] if o["positional"]]
        self.named = {}
        for o in spec["options"]:
            if not o["positional"] and o["name"] not in skip:
                self.named[_python_name(o["name"])] = o
        for o in self.positional:
            self.named.setdefault(_python_name(o["name"]), o)

    def argv(self, args, kwargs):
        out = [self.name]
        given = dict(kwargs)
        pos = list(args)
        if len(pos) > len(self.positional):
            raise TypeError(f"{self.name}() takes {len(self.positional)} positional argument(s), {len(pos)} given")
        for o, v in zip(self.positional, pos):
            key = _python_name(o["name"])
            if key in given:
                raise TypeError(f"{self.name}() got multiple values for argument '{key}'")
            given[key] = v
        tail = []
        for key, value in given.items():
            o = self.named.get(key) or self.named.get(_python_name(key))
            if o is None:
                known = ", ".join(sorted(self.named)) or "none"
                raise TypeError(f"{self.name}() got an unexpected keyword argument '{key}' (its options: {known})")
            if value is None:
                continue
            if o["positional"]:
                tail += [str(v) for v in value] if isinstance(value, (list, tuple)) else [_cli_value(value)]
            elif o["flag"]:
                if value:
                    out.append("--" + o["name"])
            elif o["many"] and isinstance(value, (list, tuple)):
                for v in value:
                    out += ["--" + o["name"], _cli_value(v)]
            else:
                out += ["--" + o["name"], _cli_value(value)]
        for o in self.positional:
            if o["required"] and _python_name(o["name"]) not in given:
                raise TypeError(f"{self.name}() missing required argument '{_python_name(o['name'])}'")
        # Positionals after `--`, so a name that starts with a dash stays a name.
        return out + (["--"] + tail if tail else [])

    def doc(self, extra=""):
        lines = [self.help + ".", "", f"The rows of `councilgraph --format json {self.name}`." + extra, ""]
        if self.named:
            lines.append("Arguments:")
            for key, o in self.named.items():
                cli = o["name"] if o["positional"] else "--" + o["name"]
                lines.append(f"    {key} ({cli}): {o['help']}")
        lines.append("    lang: language of names, 'en', 'nl' or 'fr' (default 'en')")
        return "\n".join(lines)

    def signature(self, leading=()):
        params = [_inspect.Parameter("self", _inspect.Parameter.POSITIONAL_OR_KEYWORD)]
        params += [_inspect.Parameter(n, _inspect.Parameter.POSITIONAL_OR_KEYWORD) for n in leading]
        for o in self.positional:
            params.append(_inspect.Parameter(_python_name(o["name"]), _inspect.Parameter.POSITIONAL_OR_KEYWORD,
                                             default=_inspect.Parameter.empty if o["required"] else None))
        for key, o in self.named.items():
            if not o["positional"]:
                params.append(_inspect.Parameter(key, _inspect.Parameter.KEYWORD_ONLY, default=None))
        params.append(_inspect.Parameter("lang", _inspect.Parameter.KEYWORD_ONLY, default=None))
        return _inspect.Signature(params)


def _query_method(command):
    def method(self, *args, lang=None, **kwargs):
        out = self._run(command.argv(args, kwargs), lang)
        return _result(_json.loads(out))

    method.__name__ = method.__qualname__ = command.name
    method.__doc__ = command.doc()
    method.__signature__ = command.signature()
    return method


# ------------------------------------------------------------------------------------------------
# The graph


class Graph:
    """A loaded data set. Query methods are those of the command line (see the module's help);
    ``to_networkx``, ``export`` and ``render`` take the same selection options as ``export``."""

    def __init__(self, session, paths):
        self._session = session
        self.paths = list(paths)

    @property
    def node_count(self):
        """Number of entities in the data set."""
        return self._session.node_count

    @property
    def edge_count(self):
        """Number of relations in the data set."""
        return self._session.edge_count

    def __repr__(self):
        return f"<councilgraph.Graph: {self.node_count} nodes, {self.edge_count} edges from {self.paths}>"

    def _run(self, argv, lang=None, binary=False):
        # Exit status 1 (nothing found) still prints its (empty) rows in JSON, and its reason on
        # stderr: that reason, like every note, becomes a warning. "wrote FILE" is no note: the
        # caller named the file.
        full = ["--format", "json"] + (["--lang", lang] if lang else []) + argv
        out, err, _status = self._session.run(full)
        for line in err.splitlines():
            if line.strip() and not line.startswith("wrote "):
                _warnings.warn(line, CouncilgraphWarning, stacklevel=3)
        return out if binary else out.decode("utf-8")

    def to_networkx(self, **selection):
        """The selection as a ``networkx.MultiDiGraph``: nodes keyed by id, parallel edges keyed by
        edge id, with every property of ``councilgraph export --format json`` (names in three
        languages, attributes, ``evidence`` as a list of dicts). Takes the selection options of
        ``export`` (``at``, ``from_``, ``to``, ``nodes``, ``edges``, ``around``, ``depth``,
        ``dossier``); none: the whole graph."""
        import networkx  # optional: imported only when asked for

        doc = _json.loads(self.export("json", **selection))
        G = networkx.MultiDiGraph(**doc.get("graph", {}))
        for n in doc["nodes"]:
            G.add_node(n["id"], **{k: v for k, v in n.items() if k != "id"})
        for link in doc["links"]:
            attrs = {k: v for k, v in link.items() if k not in ("source", "target", "key")}
            G.add_edge(link["source"], link["target"], key=link["key"], **attrs)
        return G

    def export(self, format, output=None, lang=None, **selection):
        """Writes the selection in an export ``format`` (graphml, gexf, json, cyjs, csv, dot,
        native) to the file ``output``, or returns the text when ``output`` is None (csv needs a
        folder). Takes the selection options of ``councilgraph export``."""
        argv = _EXPORT.argv((), dict(selection, output=output))
        argv[1:1] = ["--format", format]
        text = self._run(argv, lang)
        return text if output is None else None

    def render(self, output=None, lang=None, **options):
        """Draws the selection through Graphviz: writes ``output`` (its extension gives svg, png,
        pdf or dot), or returns the drawing when ``output`` is None: DOT text by default, bytes
        for ``type="svg"``, ``"png"`` or ``"pdf"``. Takes the options of ``councilgraph render``
        (selection, ``type``, ``engine``, ``theme``, ``cluster``, ``title``, ``no_legend``,
        ``no_edge_labels``)."""
        argv = _RENDER.argv((), dict(options, output=output))
        drawing = self._run(argv, lang, binary=True)
        if output is not None:
            return None
        return drawing.decode("utf-8") if options.get("type") in (None, "dot", "gv") else drawing


    def report(self, state, lang=None, **options):
        """The balance of a member's Council term (``councilgraph report``). With neither
        ``output`` nor ``type``: the report as data, the dict ``councilgraph --format json report``
        prints (``title``, ``window``, ``from``, ``to``, ``curated_lines``, ``imported_lines``
        and ``sections``, each with ``key``, ``title``, ``empty_note`` and ``items``, a
        :class:`Rows` of ``lead``, ``text``, ``conflict`` and ``evidence``). ``type="md"`` or
        ``"html"``: the text. ``output="x.md"`` or ``"x.html"``: writes the file (Markdown with
        its SVG diagrams beside it) and returns None. Takes the options of the command
        (``term="2019-2020"``, ``from_``, ``to``, ``no_diagrams``)."""
        text = self._run(_REPORT.argv((state,), options), lang)
        if options.get("output") is not None:
            return None
        if options.get("type") is not None:
            return text
        doc = _json.loads(text)
        for section in doc["sections"]:
            section["items"] = Rows(section["items"])
        return doc


_EXPORT = _Command(_COMMANDS["export"], skip=("format", "to-format"))
_REPORT = _Command(_COMMANDS["report"])
_RENDER = _Command(_COMMANDS["render"])
QUERIES = tuple(sorted(n for n in _COMMANDS if n not in _NOT_QUERIES))
for _name in QUERIES:
    setattr(Graph, _name, _query_method(_Command(_COMMANDS[_name])))


# ------------------------------------------------------------------------------------------------
# Loading


def default_data_paths():
    """The data set loaded when none is named, as the command line loads it: the folders of
    ``$COUNCILGRAPH_DATA`` (separated by ``:``) when set, else the shipped data (installed:
    ``<prefix>/share/councilgraph/data``; in the build tree: the source tree's ``data/``)."""
    return list(_core.default_data_paths(_PACKAGE_DIR))


def _paths(paths):
    if paths is None:
        return default_data_paths()
    if isinstance(paths, (str, bytes, _os.PathLike)):
        paths = [paths]
    return [_os.fsdecode(p) for p in paths]


def load(paths=None):
    """Loads and checks data files or folders (``None``: the default data set, as the command
    line) and returns a :class:`Graph`. Raises :class:`DataError` listing every problem."""
    paths = _paths(paths)
    return Graph(_core.Session(paths), paths)


def check(paths=None, sources=None):
    """Every problem in the data files, as ``councilgraph check`` reports them: a list of dicts
    (``file``, ``line``, ``column``, ``pointer``, ``message``, ``text``), empty when the data is
    clean. ``sources``: a folder of source texts to check every quote against."""
    return _core.check(_paths(paths), _os.fsdecode(sources) if sources is not None else "")

