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
    public const string ContractVersion = "1.3.0";

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
            ["resources"] = new JsonArray([.. files.GroupBy(f => (f.Table, f.Format)).Select(g => Resource([.. g])), .. attachments.Select(Attachment)]),
        };
        await File.WriteAllTextAsync(path, package.ToJsonString(new JsonSerializerOptions(CellFormat.Json) { WriteIndented = true }) + "\n", cancellationToken);
    }

    private static JsonObject License(string spdx) => new()
    {
        ["name"] = spdx,
        ["path"] = $"https://spdx.org/licenses/{spdx}.html",
    };

    /// <summary>
    /// A single-file table as one resource with its path, bytes and sha256. A partitioned table is one resource
    /// too, with <c>path</c> the array of its files (Frictionless multipart: the same schema, a header row in each
    /// CSV) and, per file, its partition, rows, bytes, sha256 and fingerprint in <c>parts</c>.
    /// </summary>
    private static JsonObject Resource(IReadOnlyList<PublishedFile> files)
    {
        var (table, format) = (files[0].Table, files[0].Format);
        var resource = new JsonObject
        {
            ["name"] = format.ResourceName(table),
            ["title"] = table.Title,
            ["type"] = "table",
            ["path"] = files is [{ Partition: null } single] ? single.RelativePath : new JsonArray([.. files.Select(f => (JsonNode)f.RelativePath)]),
            ["format"] = format.Extension,
            ["mediatype"] = format.MediaType,
            ["encoding"] = "utf-8",
        };
        if (files is [{ Partition: null } file])
        {
            resource["bytes"] = file.Bytes;
            resource["hash"] = $"sha256:{file.Sha256}";
        }
        resource["rows"] = files.Sum(f => f.Rows);
        if (files[0].Partition is not null)
        {
            resource["parts"] = new JsonArray([.. files.Select(f => (JsonNode)new JsonObject
            {
                ["path"] = f.RelativePath,
                ["partition"] = f.Partition,
                ["rows"] = f.Rows,
                ["bytes"] = f.Bytes,
                ["hash"] = $"sha256:{f.Sha256}",
                ["fingerprint"] = f.Fingerprint,
            })]);
        }
        resource["schema"] = Schema(table, format);
        return resource;
    }

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

    private static JsonObject Schema(TableDefinition table, TableFormat format) => new()
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
                ["resource"] = fk.Resource + format.ResourceSuffix,
                ["fields"] = new JsonArray(fk.ReferencedField),
            },
        })]),
    };
}
