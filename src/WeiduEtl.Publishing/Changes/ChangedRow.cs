using System.Text.Json;

namespace WeiduEtl.Publishing.Changes;

/// <summary>A row present in both snapshots whose values differ, with the names of the fields that do.</summary>
internal sealed record ChangedRow(JsonElement Id, IReadOnlyList<string> Fields);
