using WeiduEtl.Core.Profiles;

namespace WeiduEtl.Core.Options;

/// <summary>Reads pipelines.json, resolves its relative paths against its folder and validates it.</summary>
public sealed class EtlConfigLoader(EtlConfigValidator validator)
{
    /// <summary>Throws <see cref="ConfigurationException"/> listing every problem found.</summary>
    public EtlConfig Load(string path)
    {
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new ConfigurationException($"{fullPath}: configuration file not found; pass --config FILE or run from the folder that holds pipelines.json");
        }

        var config = CheckedJson.Read<EtlConfig>(File.ReadAllText(fullPath), fullPath, "an object with \"pipelines\"");

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

}
