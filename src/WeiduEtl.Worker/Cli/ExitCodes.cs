namespace WeiduEtl.Worker.Cli;

/// <summary>What the process tells the shell or the service manager.</summary>
public static class ExitCodes
{
    /// <summary>Everything went well.</summary>
    public const int Success = 0;
    /// <summary>Some documents failed; the rest are stored and published, the failures recorded.</summary>
    public const int DocumentsFailed = 1;
    /// <summary>Bad configuration or arguments: nothing was done.</summary>
    public const int BadConfiguration = 2;
    /// <summary>Another pass of the pipeline is running (EX_TEMPFAIL: try again later, or use --wait); nothing was done.</summary>
    public const int Busy = 75;
    /// <summary>Stopped by Ctrl-C or SIGTERM between documents.</summary>
    public const int Cancelled = 130;
}
