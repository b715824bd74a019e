using System.CommandLine;
using System.CommandLine.Parsing;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Ingestion.Cli;

/// <summary>
/// <c>--from</c>, <c>--to</c> and their shorthand <c>--at</c> (both at once): partial dates,
/// <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>; <c>--to 2018</c> reaches the end of 2018.
/// </summary>
internal sealed class TimeWindowOptions
{
    private readonly Option<PartialDate?> _from = DateOption("--from", "Keep what holds on or after this date (yyyy, yyyy-MM or yyyy-MM-dd)");
    private readonly Option<PartialDate?> _to = DateOption("--to", "Keep what holds on or before this date, up to its last day");
    private readonly Option<PartialDate?> _at = DateOption("--at", "Keep what holds at this date: --from and --to in one");

    public void AddTo(Command command)
    {
        command.Options.Add(_from);
        command.Options.Add(_to);
        command.Options.Add(_at);
        command.Validators.Add(result =>
        {
            if (result.GetResult(_at) is not null && (result.GetResult(_from) is not null || result.GetResult(_to) is not null))
            {
                result.AddError("--at stands for --from and --to together; give either --at or --from/--to");
            }
        });
    }

    public (PartialDate? From, PartialDate? To) Read(ParseResult parseResult) =>
        parseResult.GetValue(_at) is { } at ? (at, at) : (parseResult.GetValue(_from), parseResult.GetValue(_to));

    private static Option<PartialDate?> DateOption(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "date",
        CustomParser = Parse,
    };

    private static PartialDate? Parse(ArgumentResult result)
    {
        var text = result.Tokens[0].Value;
        if (PartialDate.TryParse(text, out var date, out var error))
        {
            return date;
        }

        result.AddError($"{((OptionResult)result.Parent!).Option.Name}: {error}");
        return null;
    }
}
