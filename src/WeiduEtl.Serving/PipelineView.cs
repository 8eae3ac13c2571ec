using WeiduEtl.Core.Options;
using WeiduEtl.Publishing.Changes;

namespace WeiduEtl.Serving;

/// <summary>
/// What the catalogue and the page show of one pipeline, read once per request: latest.json, then the
/// datapackage.json and changes.json of the snapshot it names.
/// </summary>
internal sealed record PipelineView(
    PipelineOptions Options,
    SnapshotRef? Latest,
    SnapshotManifest? Manifest,
    ChangeSummary? Changes,
    IReadOnlyList<string> SnapshotIds)
{
    public string Title => Manifest?.Title ?? (string.IsNullOrEmpty(Options.PageLabel) ? Options.Publication : $"{Options.Publication} · {Options.PageLabel}");

    public (string Name, string? Path) License => Manifest is { Licenses: [{ Name.Length: > 0 } first, ..] }
        ? first
        : (Options.License, $"https://spdx.org/licenses/{Options.License}.html");

    public string BaseUrl => $"/datasets/{Uri.EscapeDataString(Options.Name)}";

    public string SnapshotUrl(string id, string file) => $"{BaseUrl}/snapshots/{Uri.EscapeDataString(id)}/{EscapePath(file)}";

    public string LatestUrl(string file) => $"{BaseUrl}/latest/{EscapePath(file)}";

    /// <summary>Tables in datapackage order, each with its files (CSV first) and the CSV's schema; files without a schema (changes.json) are not tables.</summary>
    public IReadOnlyList<TableView> Tables => Manifest is null
        ? []
        : [.. Manifest.Resources
            .Where(r => r.Fields.Count > 0)
            .GroupBy(r => r.Table)
            .Select(g => new TableView(g.Key, g.First().Title, RowsOf(g), [.. g],
                g.FirstOrDefault(r => r.Fields.Count > 0)?.Fields ?? []))];

    /// <summary>A table's rows: those of its first format's files, summed over the months when it is published by month.</summary>
    private static int? RowsOf(IEnumerable<ManifestResource> files)
    {
        var first = files.Where(f => f.Rows is not null).GroupBy(f => f.Name).FirstOrDefault();
        return first?.Sum(f => f.Rows);
    }

    public static PipelineView Load(ServedDatasets datasets, PipelineOptions options)
    {
        var latest = datasets.Latest(options);
        var manifest = latest is null ? null : datasets.Manifest(latest);
        var changes = latest is null ? null : datasets.Changes(options, latest);
        return new PipelineView(options, latest, manifest, changes, datasets.SnapshotIdList(options));
    }

    private static string EscapePath(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
