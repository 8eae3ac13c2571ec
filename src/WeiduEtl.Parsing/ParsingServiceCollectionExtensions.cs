using Microsoft.Extensions.DependencyInjection;
using WeiduEtl.Core.Ports;
using WeiduEtl.Parsing.Dates;
using WeiduEtl.Parsing.Entities;
using WeiduEtl.Parsing.Figures;
using WeiduEtl.Parsing.Pdf;
using WeiduEtl.Parsing.Text;

namespace WeiduEtl.Parsing;

public static class ParsingServiceCollectionExtensions
{
    public static IServiceCollection AddWeiduParsing(this IServiceCollection services)
    {
        services.AddSingleton<IIssueParser, TextIssueParser>();
        services.AddSingleton<IIssueParser, PdfIssueParser>();
        services.AddSingleton<IFigureExtractor, RuleBasedFigureExtractor>();
        services.AddSingleton<IDateExtractor, RuleBasedDateExtractor>();
        services.AddSingleton<IEntityExtractor, RuleBasedEntityExtractor>();
        return services;
    }
}
