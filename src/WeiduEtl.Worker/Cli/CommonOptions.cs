using System.CommandLine;

namespace WeiduEtl.Worker.Cli;

/// <summary>The options every verb takes.</summary>
public static class CommonOptions
{
    public static readonly Option<string> Config = new("--config")
    {
        Description = "The pipelines file; relative paths in it resolve against its folder",
        DefaultValueFactory = _ => "pipelines.json",
        Recursive = true,
        HelpName = "FILE",
    };

    public static readonly Option<string[]> Pipeline = new("--pipeline")
    {
        Description = "Only this pipeline (repeat for several); default: every enabled pipeline",
        Recursive = true,
        HelpName = "NAME",
        AllowMultipleArgumentsPerToken = false,
    };
}
