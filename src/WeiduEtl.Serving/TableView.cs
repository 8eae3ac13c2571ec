namespace WeiduEtl.Serving;

/// <summary>One table of a snapshot as datapackage.json describes it: its CSV and JSON files and its columns.</summary>
internal sealed record TableView(string Name, string? Title, int? Rows, IReadOnlyList<ManifestResource> Files, IReadOnlyList<ManifestField> Fields);
