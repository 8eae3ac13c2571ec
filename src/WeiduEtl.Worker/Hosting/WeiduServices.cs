using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Quartz;
using WeiduEtl.Core;
using WeiduEtl.Core.Options;
using WeiduEtl.ObjectStorage;
using WeiduEtl.Parsing;
using WeiduEtl.Publishing;
using WeiduEtl.Sources;
using WeiduEtl.Storage;

namespace WeiduEtl.Worker.Hosting;

/// <summary>Wires the libraries together; the same services back the verbs and the scheduled service.</summary>
public static class WeiduServices
{
    public static IServiceCollection AddWeiduEtl(this IServiceCollection services)
    {
        services.AddWeiduCore();
        services.AddWeiduParsing();
        services.AddWeiduSources();
        services.AddWeiduStorage();
        services.AddWeiduObjectStorage();
        services.AddWeiduPublishing();
        services.AddSingleton(sp => new EtlConfigValidator(sp.GetServices<Core.Ports.IIssueSource>(), Scheduling.CronCheck.IsValid));
        return services;
    }

    /// <summary>
    /// Logs go to standard error, so a verb's own output on standard output stays clean. Set
    /// WEIDU_LOG_FORMAT=json for one JSON object a line (for log shippers).
    /// </summary>
    public static ILoggingBuilder AddWeiduConsoleLogging(this ILoggingBuilder logging)
    {
        logging.ClearProviders();
        logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        if (string.Equals(Environment.GetEnvironmentVariable("WEIDU_LOG_FORMAT"), "json", StringComparison.OrdinalIgnoreCase))
        {
            logging.AddJsonConsole(o => o.UseUtcTimestamp = true);
        }
        else
        {
            logging.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.TimestampFormat = "HH:mm:ss ";
                o.UseUtcTimestamp = true;
                o.ColorBehavior = LoggerColorBehavior.Default;
            });
        }
        logging.AddFilter("Microsoft", LogLevel.Warning);
        logging.AddFilter("Quartz", LogLevel.Warning);
        logging.AddFilter("System.Net.Http", LogLevel.Warning);
        return logging;
    }
}
