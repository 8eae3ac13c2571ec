using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace WeiduEtl.Serving;

/// <summary>
/// GET /datasets: a JSON catalogue of every served pipeline and its latest snapshot, with row counts,
/// sizes, sha256 and links, for programs that sync the data. Links are paths on this server.
/// </summary>
internal sealed class CatalogEndpoint(ServedDatasets datasets)
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public IResult All(HttpContext http)
    {
        var catalogue = new JsonObject
        {
            ["pipelines"] = new JsonArray([.. datasets.Pipelines.Select(p => (JsonNode)Pipeline(PipelineView.Load(datasets, p)))]),
        };
        return Json(http, catalogue);
    }

    public IResult One(HttpContext http, string pipeline) =>
        datasets.Find(pipeline) is { } options
            ? Json(http, Pipeline(PipelineView.Load(datasets, options)))
            : FileEndpoint.Problem(StatusCodes.Status404NotFound, $"no pipeline named {pipeline}");

    private static IResult Json(HttpContext http, JsonNode node)
    {
        http.Response.Headers.CacheControl = "no-cache";
        return Results.Text(node.ToJsonString(Options) + "\n", ContentTypes.Json);
    }

    private static JsonObject Pipeline(PipelineView view)
    {
        var (licenseName, licensePath) = view.License;
        return new JsonObject
        {
            ["name"] = view.Options.Name,
            ["title"] = view.Title,
            ["publication"] = view.Options.Publication,
            ["page_label"] = view.Options.PageLabel,
            ["license"] = new JsonObject { ["name"] = licenseName, ["path"] = licensePath },
            ["links"] = new JsonObject
            {
                ["self"] = view.BaseUrl,
                ["page"] = $"/#pipeline-{view.Options.Name}",
                ["latest_pointer"] = $"{view.BaseUrl}/latest.json",
                ["latest_datapackage"] = view.LatestUrl(SnapshotManifest.FileName),
            },
            ["latest"] = view.Latest is null ? null : Latest(view, view.Latest),
            ["snapshots"] = new JsonArray([.. view.SnapshotIds.Select(id => (JsonNode)new JsonObject
            {
                ["snapshot_id"] = id,
                ["datapackage"] = view.SnapshotUrl(id, SnapshotManifest.FileName),
            })]),
        };
    }

    private static JsonObject Latest(PipelineView view, SnapshotRef latest)
    {
        var changesFile = Path.Combine(latest.Folder, Publishing.Changes.ChangeFeedWriter.FileName);
        return new JsonObject
        {
            ["snapshot_id"] = latest.Id,
            ["created_at"] = latest.CreatedAt ?? view.Manifest?.Created,
            ["previous_snapshot_id"] = view.Manifest?.PreviousSnapshotId,
            ["links"] = new JsonObject
            {
                ["datapackage"] = view.SnapshotUrl(latest.Id, SnapshotManifest.FileName),
                ["changes"] = view.Changes is not null || File.Exists(changesFile) ? view.SnapshotUrl(latest.Id, Publishing.Changes.ChangeFeedWriter.FileName) : null,
            },
            ["tables"] = new JsonArray([.. view.Tables.Select(t => (JsonNode)new JsonObject
            {
                ["name"] = t.Name,
                ["title"] = t.Title,
                ["rows"] = t.Rows,
                ["files"] = new JsonArray([.. t.Files.Select(f => (JsonNode)new JsonObject
                {
                    ["format"] = f.Format,
                    ["path"] = f.Path,
                    ["media_type"] = ContentTypes.For(f.Path),
                    ["bytes"] = f.Bytes,
                    ["sha256"] = f.Sha256,
                    ["url"] = view.SnapshotUrl(latest.Id, f.Path),
                    ["latest_url"] = view.LatestUrl(f.Path),
                })]),
            })]),
            ["changes"] = view.Changes is null ? null : new JsonObject
            {
                ["previous_snapshot_id"] = view.Changes.PreviousSnapshotId,
                ["tables"] = new JsonObject([.. view.Changes.Tables.Select(t => KeyValuePair.Create(t.Table, (JsonNode?)new JsonObject
                {
                    ["added"] = t.Added,
                    ["changed"] = t.Changed,
                    ["removed"] = t.Removed,
                }))]),
            },
        };
    }
}
