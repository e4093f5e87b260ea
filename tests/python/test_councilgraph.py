"""The Python module against the command line: every query method returns the rows
`councilgraph --format json` prints for the same arguments, with their evidence; errors are the
CLI's, as exceptions. Run by ctest (tests/CMakeLists.txt) from the project root with CG_BIN set to
the binary and PYTHONPATH to build/python."""

import glob
import json
import os
import subprocess
import warnings

import pytest

import councilgraph

BIN = os.environ["CG_BIN"]
DATA = "data"
FIXTURE = "tests/data/fixture"


def cli(*args, data=DATA):
    """The command line's JSON for `args` (its exit status must be 0 or 1: nothing found)."""
    r = subprocess.run([BIN, "--data", data, "--format", "json", *args], capture_output=True, text=True)
    assert r.returncode in (0, 1), r.stderr
    return json.loads(r.stdout)


@pytest.fixture(scope="module")
def g():
    return councilgraph.load(DATA)


@pytest.fixture(scope="module")
def fixture():
    return councilgraph.load(FIXTURE)


# One or more calls per query command: the Python call and the command line written by hand.
CASES = [
    ("pens", (), {}, ["pens"]),
    ("pens", (), {"at": "2019-06-01", "dossier": "Syria"}, ["pens", "--at", "2019-06-01", "--dossier", "Syria"]),
    ("pens", (), {"holder": "België", "from_": "2019", "to": "2020"}, ["pens", "--holder", "België", "--from", "2019", "--to", "2020"]),
    ("vetoes", (), {}, ["vetoes"]),
    ("vetoes", (), {"by": "Russia", "from_": "2011", "to": "2022"}, ["vetoes", "--by", "Russia", "--from", "2011", "--to", "2022"]),
    ("votes", (), {}, ["votes"]),
    ("votes", (), {"by": "China"}, ["votes", "--by", "China"]),
    ("sponsors", (), {}, ["sponsors"]),
    ("chairs", (), {"holder": "Belgium"}, ["chairs", "--holder", "Belgium"]),
    ("members", (), {"year": 2019}, ["members", "--year", "2019"]),
    ("members", (), {"state": "Belgium"}, ["members", "--state", "Belgium"]),
    ("presidencies", (), {"state": "Belgium"}, ["presidencies", "--state", "Belgium"]),
    ("candidacies", (), {}, ["candidacies"]),
    ("questions", (), {}, ["questions"]),
    ("positions", (), {"actor": "Sophie Wilmès"}, ["positions", "--actor", "Sophie Wilmès"]),
    ("path", ("Belgium", "Russia"), {}, ["path", "Belgium", "Russia"]),
    ("path", ("Belgium", "Russia"), {"edges": ["pen", "veto", "concerns"]}, ["path", "Belgium", "Russia", "--edges", "pen,veto,concerns"]),
    ("ego", ("Kuwait",), {"depth": 1, "at": 2019}, ["ego", "Kuwait", "--depth", "1", "--at", "2019"]),
    ("stats", (), {}, ["stats"]),
    ("stats", (), {"metric": "copen", "top": 0}, ["stats", "--metric", "copen", "--top", "0"]),
    ("show", ("Koweït",), {}, ["show", "Koweït"]),
    ("sources", (), {}, ["sources"]),
    ("resolutions", (), {}, ["resolutions"]),
    ("resolutions", (), {"outcome": "vetoed", "from_": "2011", "to": "2022"}, ["resolutions", "--outcome", "vetoed", "--from", "2011", "--to", "2022"]),
    ("meetings", (), {"from_": 2019, "to": 2020}, ["meetings", "--from", "2019", "--to", "2020"]),
    ("vetoes", (), {"count_by": "by", "sort": "key"}, ["vetoes", "--count-by", "by", "--sort", "key"]),
    ("pens", (), {"lang": "nl", "at": 2019}, ["--lang", "nl", "pens", "--at", "2019"]),
]


def test_every_query_command_is_a_method_and_tested():
    commands = {c["name"] for c in councilgraph._core.commands()}
    # The CLI's commands are the methods, except those that write files or one document rather
    # than rows (check, render, export and report are methods or functions of their own).
    assert set(councilgraph.QUERIES) == commands - {"check", "import", "completion", "render", "export", "report"}
    assert {name for name, *_ in CASES} == set(councilgraph.QUERIES), "add a case for each new query"
    for name in councilgraph.QUERIES:
        assert callable(getattr(councilgraph.Graph, name))


@pytest.mark.parametrize("name,args,kwargs,argv", CASES, ids=[" ".join(c[3]) for c in CASES])
def test_same_rows_as_cli(g, name, args, kwargs, argv):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", councilgraph.CouncilgraphWarning)  # show's "also names" notes
        got = getattr(g, name)(*args, **kwargs)
    want = cli(*argv)
    assert got == want
    if name != "show":
        assert isinstance(got, councilgraph.Rows)
    # Not vacuous: these calls are chosen to have answers in data/.
    assert got, f"{argv} returned no rows in data/"


def test_rows_carry_evidence(g):
    for rows in (g.pens(at=2019), g.vetoes(), g.members(year=2019), g.path("Belgium", "Russia")):
        assert rows
        for row in rows:
            assert isinstance(row["evidence"], list) and row["evidence"], row
            for ev in row["evidence"]:
                assert ev["source"]
                assert ev.get("quote") or ev.get("record"), ev


def test_values_are_typed(g):
    # The CLI's typed JSON rows, as Python values: counts are ints, scores numbers, lists lists.
    copen = g.stats(metric="copen", top=0)
    assert copen
    for r in copen:
        assert type(r["dossiers"]) is int and r["dossiers"] >= 1
        assert isinstance(r["on"], list) and all(isinstance(x, str) for x in r["on"])
        assert len(r["on_ids"]) == len(r["on"])
    degree = g.stats(metric="degree")
    assert degree and all(type(r["degree"]) is int and type(r["rank"]) is int for r in degree)
    assert [r["degree"] for r in degree] == sorted((r["degree"] for r in degree), reverse=True)
    assert all(type(r["betweenness"]) is float for r in g.stats(metric="betweenness"))
    pens = g.pens(at=2019)
    assert all(isinstance(r["with"], list) for r in pens)
    assert any(r["with"] for r in pens)
    assert all(isinstance(ev, dict) for r in copen for ev in r["evidence"])


def test_show_gives_an_entity(g):
    e = g.show("state:BEL")
    assert e["id"] == "state:BEL" and e["name"]["en"] == "Belgium"
    assert isinstance(e["relations"], councilgraph.Rows) and e["relations"]
    assert len(e.to_pandas()) == len(e["relations"])


def test_to_pandas(g):
    pandas = pytest.importorskip("pandas")
    rows = g.vetoes(from_="2011", to="2022")
    df = rows.to_pandas()
    assert isinstance(df, pandas.DataFrame)
    assert len(df) == len(rows) and list(df.columns) == list(rows[0].keys())
    assert df.iloc[0]["evidence"] == rows[0]["evidence"]


def check_counts(data):
    out = subprocess.run([BIN, "check", data], capture_output=True, text=True, check=True).stdout
    # ok: S sources, N nodes, E edges, Q quotes ...
    words = out.split()
    return int(words[words.index("nodes,") - 1]), int(words[words.index("edges,") - 1])


@pytest.mark.parametrize("data", [DATA, FIXTURE])
def test_to_networkx_counts_equal_check(data):
    pytest.importorskip("networkx")
    G = councilgraph.load(data).to_networkx()
    nodes, edges = check_counts(data)
    assert (G.number_of_nodes(), G.number_of_edges()) == (nodes, edges)


def test_to_networkx_keeps_every_attribute(g):
    networkx = pytest.importorskip("networkx")
    G = g.to_networkx(edges="pen", at="2019")
    assert isinstance(G, networkx.MultiDiGraph)
    export = json.loads(subprocess.run([BIN, "--data", DATA, "export", "--format", "json", "--edges", "pen",
                                        "--at", "2019"], capture_output=True, text=True, check=True).stdout)
    assert G.number_of_edges() == len(export["links"]) > 0
    for link in export["links"]:
        attrs = G.edges[link["source"], link["target"], link["key"]]
        assert attrs == {k: v for k, v in link.items() if k not in ("source", "target", "key")}
        assert attrs["kind"] == "pen" and attrs["evidence"]
    for node in export["nodes"]:
        assert G.nodes[node["id"]] == {k: v for k, v in node.items() if k != "id"}


def test_unknown_name_raises_name_error_with_candidates(fixture):
    with pytest.raises(councilgraph.NameError) as e:
        fixture.pens(holder="Belgum")
    assert e.value.name == "Belgum" and not e.value.ambiguous
    assert "state:BEL" in e.value.candidates
    r = subprocess.run([BIN, "--data", FIXTURE, "pens", "--holder", "Belgum"], capture_output=True, text=True)
    assert r.returncode == e.value.exit_code == 2
    assert r.stderr == f"councilgraph: {e.value}\n"


def test_ambiguous_name_lists_every_candidate(fixture):
    with pytest.raises(councilgraph.NameError) as e:
        fixture.show("S/20")
    assert e.value.ambiguous
    assert set(e.value.candidates) == {"draft:S/2019/961", "draft:S/2020/667", "draft:small-arms-2020"}
    assert isinstance(e.value, LookupError) and isinstance(e.value, councilgraph.Error)


BAD = sorted(glob.glob("tests/data/bad/*.json"))


@pytest.mark.parametrize("bad", BAD, ids=[os.path.basename(b) for b in BAD])
def test_bad_data_gives_the_cli_diagnostics(bad):
    # tests/data/bad/X.expected is what `councilgraph check` prints, then the count of problems.
    expected = open(bad[:-len(".json")] + ".expected", encoding="utf-8").read().splitlines()[:-1]
    sources = os.path.join(os.path.dirname(bad), "sources")
    problems = councilgraph.check(bad, sources=sources if os.path.isdir(sources) else None)
    assert [d["text"] for d in problems] == expected
    assert all(d["file"] == bad and d["message"] for d in problems)
    # Loading (which checks everything but the quotes against their sources) raises them.
    without_sources = councilgraph.check(bad)
    if without_sources:
        with pytest.raises(councilgraph.DataError) as e:
            councilgraph.load(bad)
        assert e.value.diagnostics == without_sources
        assert str(e.value) == "\n".join(d["text"] for d in without_sources)
    else:
        councilgraph.load(bad)


def test_bad_arguments_raise(g):
    with pytest.raises(councilgraph.UsageError):
        g.pens(at="2019-13-45")
    with pytest.raises(TypeError, match="holder"):
        g.pens(holdr="Belgium")
    with pytest.raises(councilgraph.UsageError):
        g.stats(metric="nonsense")


def test_path_without_chain_warns_and_gives_no_rows(fixture):
    with pytest.warns(councilgraph.CouncilgraphWarning, match="no chain"):
        rows = fixture.path("Belgium", "Russia", edges="chairs")
    assert rows == cli("path", "Belgium", "Russia", "--edges", "chairs", data=FIXTURE) == []


def test_default_data_is_the_clis(monkeypatch, tmp_path):
    monkeypatch.delenv("COUNCILGRAPH_DATA", raising=False)
    monkeypatch.setenv("COUNCILGRAPH_IMPORTED", str(tmp_path))
    assert councilgraph.default_data_paths() == ["data"]  # run from the project root, as the CLI
    # Imported data that `import all` wrote joins the default set once it holds a .json file.
    (tmp_path / "votes.json").write_text("{}")
    assert councilgraph.default_data_paths() == ["data", str(tmp_path)]
    monkeypatch.setenv("COUNCILGRAPH_DATA", f"{FIXTURE}:{DATA}")
    assert councilgraph.default_data_paths() == [FIXTURE, DATA]


def test_docstrings_list_the_options():
    doc = councilgraph.Graph.vetoes.__doc__
    assert "from_ (--from)" in doc and "by (--by)" in doc
    import inspect
    params = inspect.signature(councilgraph.Graph.pens).parameters
    assert {"at", "from_", "to", "dossier", "holder", "lang"} <= set(params)


def test_export_and_render_through_the_module(g, tmp_path):
    assert g.export("graphml", edges="pen", at=2019).startswith("<?xml")
    out = tmp_path / "pens.dot"
    assert g.render(output=str(out), edges="pen", at=2019) is None
    assert "digraph" in out.read_text()


def test_report_as_data_is_the_clis(g):
    got = g.report("Belgium", term="2019-2020")
    assert got == cli("report", "Belgium", "--term", "2019-2020")
    assert got["state_id"] == "state:BEL" and (got["from"], got["to"]) == ("2019-01-01", "2020-12-31")
    sections = {s["key"]: s for s in got["sections"]}
    assert sections["pens"]["items"] and not sections["pens"]["empty_note"]
    lines = [item for s in got["sections"] for item in s["items"]]
    assert got["curated_lines"] > 0 and got["curated_lines"] + got["imported_lines"] <= len(lines)
    for s in got["sections"]:
        assert isinstance(s["items"], councilgraph.Rows)
        assert bool(s["items"]) != bool(s["empty_note"]), s["key"]
    assert all(item["evidence"] and type(item["conflict"]) is bool for item in lines)
    assert got["sections"][0]["items"].to_pandas().columns.tolist() == ["lead", "text", "conflict", "evidence"]


def test_report_as_text_and_files(g, tmp_path):
    md = g.report("Belgium", term="2019-2020", type="md")
    r = subprocess.run([BIN, "--data", DATA, "report", "Belgium", "--term", "2019-2020"], capture_output=True, text=True, check=True)
    assert md == r.stdout and md.startswith("# ")
    out = tmp_path / "belgium.md"
    with warnings.catch_warnings():
        warnings.simplefilter("error", councilgraph.CouncilgraphWarning)  # "wrote FILE" is no warning
        assert g.report("Belgium", term="2019-2020", output=str(out)) is None
    assert out.read_text().startswith("# ") and (tmp_path / "belgium-network.svg").exists()
    with pytest.raises(councilgraph.NameError):
        g.report("Belgum", term="2019-2020")
