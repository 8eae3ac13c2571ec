using System.Text.Json;
using System.Text.Json.Nodes;
using WeiduEtl.Core.Options;
using WeiduEtl.Publishing.Quality;
using WeiduEtl.Publishing.Tables;

namespace WeiduEtl.Publishing.Writers;

/// <summary>
/// Writes datapackage.json (Frictionless Data Package v2): one resource per published file with its
/// bytes, sha256, row count and Table Schema with types, primary and foreign keys.
/// </summary>
internal static class DataPackageWriter
{
    public const string ContractVersion = "1.2.0";

    public static async Task WriteAsync(string path, PipelineOptions pipeline, string snapshotId, string createdAt, string? previousSnapshotId, IReadOnlyList<PublishedFile> files, IReadOnlyList<AttachedFile> attachments, CancellationToken cancellationToken)
    {
        var package = new JsonObject
        {
            ["$schema"] = "https://datapackage.org/profiles/2.0/datapackage.json",
            ["name"] = pipeline.Name,
            ["title"] = string.IsNullOrEmpty(pipeline.PageLabel) ? pipeline.Publication : $"{pipeline.Publication} · {pipeline.PageLabel}",
            ["description"] = $"Articles, contributors, photos, figures, dates, mentions (people, organisations, places) and quotes extracted from {pipeline.Publication} pages by WeiduEtl.",
            ["version"] = ContractVersion,
            ["created"] = createdAt,
            ["snapshot_id"] = snapshotId,
            ["previous_snapshot_id"] = previousSnapshotId,
            ["licenses"] = new JsonArray(License(pipeline.License)),
            ["quality"] = ParserQuality.Load(),
            ["resources"] = new JsonArray([.. files.Select(Resource), .. attachments.Select(Attachment)]),
        };
        await File.WriteAllTextAsync(path, package.ToJsonString(new JsonSerializerOptions(CellFormat.Json) { WriteIndented = true }) + "\n", cancellationToken);
    }

    private static JsonObject License(string spdx) => new()
    {
        ["name"] = spdx,
        ["path"] = $"https://spdx.org/licenses/{spdx}.html",
    };

    private static JsonObject Resource(PublishedFile file) => new()
    {
        ["name"] = file.Format == "csv" ? file.Table.Name : $"{file.Table.Name}-json",
        ["title"] = file.Table.Title,
        ["type"] = "table",
        ["path"] = file.RelativePath,
        ["format"] = file.Format,
        ["mediatype"] = file.MediaType,
        ["encoding"] = "utf-8",
        ["bytes"] = file.Bytes,
        ["hash"] = $"sha256:{file.Sha256}",
        ["rows"] = file.Rows,
        ["schema"] = Schema(file.Table, file.Format),
    };

    private static JsonNode Attachment(AttachedFile file) => new JsonObject
    {
        ["name"] = file.Name,
        ["description"] = file.Description,
        ["path"] = file.RelativePath,
        ["format"] = "json",
        ["mediatype"] = file.MediaType,
        ["encoding"] = "utf-8",
        ["bytes"] = file.Bytes,
        ["hash"] = $"sha256:{file.Sha256}",
    };

    private static JsonObject Schema(TableDefinition table, string format) => new()
    {
        ["fields"] = new JsonArray([.. table.Fields.Select(f => (JsonNode)new JsonObject
        {
            ["name"] = f.Name,
            ["type"] = f.Type,
            ["description"] = f.Description,
            ["constraints"] = new JsonObject { ["required"] = f.Required },
        })]),
        ["primaryKey"] = new JsonArray([.. table.PrimaryKey.Select(k => (JsonNode)k!)]),
        ["foreignKeys"] = new JsonArray([.. table.ForeignKeys.Select(fk => (JsonNode)new JsonObject
        {
            ["fields"] = new JsonArray(fk.Field),
            ["reference"] = new JsonObject
            {
                ["resource"] = format == "csv" ? fk.Resource : $"{fk.Resource}-json",
                ["fields"] = new JsonArray(fk.ReferencedField),
            },
        })]),
    };
}
