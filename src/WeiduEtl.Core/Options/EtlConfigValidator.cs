using System.Text.RegularExpressions;
using WeiduEtl.Core.Ports;

namespace WeiduEtl.Core.Options;

/// <summary>
/// Checks every pipeline and lists every problem at once, each naming the pipeline and the field,
/// because operators edit pipelines.json by hand.
/// </summary>
/// <param name="sources">The registered source kinds; each validates its own fields.</param>
/// <param name="isValidCron">Whether a schedule is a valid cron expression (the scheduler knows).</param>
public sealed partial class EtlConfigValidator(IEnumerable<IIssueSource> sources, Func<string, bool> isValidCron)
{
    private readonly IReadOnlyList<IIssueSource> _sources = [.. sources];

    public IReadOnlyList<string> Validate(EtlConfig config)
    {
        var problems = new List<string>();
        if (config.Pipelines.Count == 0)
        {
            problems.Add("field 'pipelines': no pipeline is configured; add at least one");
        }
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var outputs = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < config.Pipelines.Count; i++)
        {
            var p = config.Pipelines[i];
            var who = string.IsNullOrWhiteSpace(p.Name) ? $"pipeline #{i + 1}" : $"pipeline '{p.Name}'";
            void Problem(string field, string message) => problems.Add($"{who}: field '{field}': {message}");

            if (string.IsNullOrWhiteSpace(p.Name))
            {
                Problem("name", "required");
            }
            else if (!NamePattern().IsMatch(p.Name))
            {
                Problem("name", $"'{p.Name}' must be lower-case letters, digits, '-' or '_' (it names ids and folders)");
            }
            else if (!seen.Add(p.Name))
            {
                Problem("name", "is used by another pipeline; names must be unique");
            }
            if (string.IsNullOrWhiteSpace(p.Publication))
            {
                Problem("publication", "required (the paper's name, e.g. 许昌日报)");
            }
            if (string.IsNullOrWhiteSpace(p.Schedule) || !isValidCron(p.Schedule))
            {
                Problem("schedule", $"'{p.Schedule}' is not a valid Quartz cron expression (seconds first, e.g. \"0 0/30 * * * ?\")");
            }
            if (string.IsNullOrWhiteSpace(p.Database))
            {
                Problem("database", "required (a SQLite file, e.g. output/weidu.db, or postgresql://user:pass@host:5432/db)");
            }
            else if (DatabaseValue.MissingVariables(p.Database) is { Count: > 0 } missing)
            {
                Problem("database", $"refers to the environment variable(s) {string.Join(", ", missing)}, which are not set; export them before starting WeiduEtl");
            }
            if (string.IsNullOrWhiteSpace(p.Output))
            {
                Problem("output", "required (the dataset folder, e.g. output/weidu)");
            }
            if (string.IsNullOrWhiteSpace(p.License))
            {
                Problem("license", "required (an SPDX id such as CC-BY-4.0)");
            }
            if (p.KeepSnapshots < 1)
            {
                Problem("keepSnapshots", $"{p.KeepSnapshots} must be at least 1");
            }
            if (p.MaxTextBytes < 1)
            {
                Problem("maxTextBytes", $"{p.MaxTextBytes} must be at least 1");
            }
            if (p.MaxPdfBytes < 1)
            {
                Problem("maxPdfBytes", $"{p.MaxPdfBytes} must be at least 1");
            }
            if (S3Location.IsS3(p.SourceArchive) && S3Location.TryParse(p.SourceArchive!, out var archiveProblem) is null)
            {
                Problem("sourceArchive", $"{archiveProblem}; write s3://bucket/prefix, a folder, or leave it out to keep sources in the database");
            }
            else if (p.SourceArchive is { } archive && string.IsNullOrWhiteSpace(archive))
            {
                Problem("sourceArchive", "is empty; name a folder or s3://bucket/prefix, or leave it out to keep sources in the database");
            }
            if (S3Location.IsS3(p.Output) && S3Location.TryParse(p.Output, out var s3Problem) is null)
            {
                Problem("output", $"{s3Problem}; write s3://bucket/prefix");
            }
            else if (!string.IsNullOrWhiteSpace(p.Output))
            {
                // Each pipeline replaces its folder's latest.json and prunes its snapshots: two in one folder undo each other.
                var output = S3Location.IsS3(p.Output) ? S3Location.Parse(p.Output).ToString() : Path.TrimEndingDirectorySeparator(Path.GetFullPath(p.Output, config.BaseDirectory));
                if (outputs.TryGetValue(output, out var other))
                {
                    Problem("output", $"'{output}' is also the output of {other}; each pipeline needs its own dataset folder");
                }
                else
                {
                    outputs[output] = who;
                }
            }
            var source = _sources.FirstOrDefault(s => string.Equals(s.Type, p.Source.Type, StringComparison.OrdinalIgnoreCase));
            if (source is null)
            {
                Problem("source.type", $"'{p.Source.Type}' is not a known source type; use one of: {string.Join(", ", _sources.Select(s => s.Type))}");
            }
            else
            {
                problems.AddRange(source.Validate(p, config.BaseDirectory).Select(m => $"{who}: {m}"));
            }
        }
        problems.AddRange(S3Problems(config));
        if (config.Cluster is { } cluster)
        {
            if (!DatabaseValue.IsPostgres(cluster.Database))
            {
                problems.Add("field 'cluster.database': the cluster's schedule lives in PostgreSQL; give postgresql://user:pass@host:5432/db or an Npgsql connection string");
            }
            else if (DatabaseValue.MissingVariables(cluster.Database) is { Count: > 0 } missing)
            {
                problems.Add($"field 'cluster.database': refers to the environment variable(s) {string.Join(", ", missing)}, which are not set; export them before starting WeiduEtl");
            }
            if (cluster.BatchSize < 1)
            {
                problems.Add($"field 'cluster.batchSize': {cluster.BatchSize} must be at least 1 (documents per batch job, e.g. 50)");
            }
        }
        return problems;
    }

    private static IEnumerable<string> S3Problems(EtlConfig config)
    {
        if (config.S3 is not { } s3)
        {
            yield break;
        }
        if (s3.ServiceUrl is not null && (!Uri.TryCreate(s3.ServiceUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https")))
        {
            yield return $"field 's3.serviceUrl': '{s3.ServiceUrl}' is not an http(s) URL (e.g. http://127.0.0.1:9000); leave it out for AWS";
        }
        if (s3.Region is not null && !RegionPattern().IsMatch(s3.Region))
        {
            yield return $"field 's3.region': '{s3.Region}' is not a region name (e.g. us-east-1); leave it out for the SDK's default";
        }
        if (s3.RetentionGraceSeconds < 0)
        {
            yield return $"field 's3.retentionGraceSeconds': {s3.RetentionGraceSeconds} must be 0 or more";
        }
    }

    [GeneratedRegex("^[a-z0-9-]{2,32}$")]
    private static partial Regex RegionPattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*$")]
    private static partial Regex NamePattern();
}
