using System.Text.Json;
using WeiduEtl.Core.Profiles;

namespace WeiduEtl.Core.Options;

/// <summary>Reads pipelines.json, resolves its relative paths against its folder and validates it.</summary>
public sealed class EtlConfigLoader(EtlConfigValidator validator)
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Throws <see cref="ConfigurationException"/> listing every problem found.</summary>
    public EtlConfig Load(string path)
    {
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new ConfigurationException($"{fullPath}: configuration file not found; pass --config FILE or run from the folder that holds pipelines.json");
        }

        EtlConfig config;
        try
        {
            var json = File.ReadAllText(fullPath);
            using (var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }))
            {
                var shape = ConfigShape.Problems(document.RootElement);
                if (shape.Count > 0)
                {
                    throw new ConfigurationException([.. shape.Select(p => $"{fullPath}: {p}")]);
                }
            }
            config = JsonSerializer.Deserialize<EtlConfig>(json, JsonOptions)
                ?? throw new ConfigurationException($"{fullPath}: the file holds null, expected an object with \"pipelines\"");
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" at line {line + 1}, position {ex.BytePositionInLine + 1}" : "";
            throw new ConfigurationException($"{fullPath}: not valid JSON{where}: {FirstSentence(ex.Message)}");
        }

        config.ConfigPath = fullPath;
        var problems = validator.Validate(config);
        if (problems.Count > 0)
        {
            throw new ConfigurationException([.. problems.Select(p => $"{fullPath}: {p}")]);
        }
        var profileProblems = new List<string>();
        foreach (var pipeline in config.Pipelines)
        {
            if (!DatabaseValue.IsPostgres(pipeline.Database))
            {
                pipeline.Database = Path.GetFullPath(pipeline.Database, config.BaseDirectory);
            }
            pipeline.ObjectStore = config.S3;
            if (pipeline.SourceArchive is { Length: > 0 } archive && !S3Location.IsS3(archive))
            {
                pipeline.SourceArchive = Path.GetFullPath(archive, config.BaseDirectory);
            }
            if (S3Location.IsS3(pipeline.Output))
            {
                pipeline.LocalFolder = Path.Combine(config.BaseDirectory, ".weidu", pipeline.Name);
            }
            else
            {
                pipeline.Output = Path.GetFullPath(pipeline.Output, config.BaseDirectory);
                pipeline.LocalFolder = pipeline.Output;
            }
            pipeline.Source.BaseDirectory = config.BaseDirectory;
            LoadProfile(pipeline, config.BaseDirectory, profileProblems);
        }
        if (profileProblems.Count > 0)
        {
            throw new ConfigurationException([.. profileProblems.Distinct()]);
        }
        return config;
    }

    private static void LoadProfile(PipelineOptions pipeline, string baseDirectory, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(pipeline.Profile))
        {
            return;
        }
        pipeline.Profile = Path.GetFullPath(pipeline.Profile, baseDirectory);
        try
        {
            pipeline.PressProfile = PressProfileReader.Load(pipeline.Profile);
        }
        catch (ConfigurationException ex)
        {
            problems.AddRange(ex.Problems.Select(p => $"{p} (profile of pipeline '{pipeline.Name}')"));
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
