using System.Globalization;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Facts;

internal sealed partial class ValidationRun
{
    private Money? ValidateAmount(string file, RawRelationship raw, RelationTypeDefinition? type)
    {
        if (raw.Amount is not { } amount)
        {
            if (type?.Amount == PropertyRule.Required && !raw.MalformedKeys.Contains("amount"))
            {
                Error(file, raw.At, FactErrorCodes.AmountRequired, $"{type.Name} needs an 'amount'");
            }

            return null;
        }

        if (type?.Amount == PropertyRule.Forbidden)
        {
            Error(file, amount.At, FactErrorCodes.AmountForbidden,
                $"{type.Name} takes no 'amount'; only {TypesAllowing(t => t.Amount)} do");
            return null;
        }

        var errorsBefore = _errors.Count;
        Require(file, amount, amount.Value, "value", "an amount");
        Require(file, amount, amount.Unit, "unit", "an amount");
        Require(file, amount, amount.Currency, "currency", "an amount");
        var value = ParseAmountValue(file, amount.Value);
        CheckListed(file, amount.Unit, schema.MoneyUnits, "unit", "money unit");
        CheckListed(file, amount.Currency, schema.Currencies, "currency", "currency");
        var approximate = ParseFlag(file, amount.Approximate);
        if (_errors.Count > errorsBefore || amount is not { Value: not null, Unit: { } unit, Currency: { } currency })
        {
            return null;
        }

        return new Money(value, unit.Value, currency.Value) { Approximate = approximate, Text = amount.Text?.Value };
    }

    private decimal ParseAmountValue(string file, Scalar? value)
    {
        if (value is null)
        {
            return 0;
        }

        if (!decimal.TryParse(value.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            Error(file, value.At, FactErrorCodes.InvalidAmount,
                $"amount 'value' '{value.Value}' is not a number; write digits only (20, 1.5) and the magnitude in 'unit'");
        }
        else if (number < 0)
        {
            Error(file, value.At, FactErrorCodes.InvalidAmount, $"amount 'value' {value.Value} is negative");
        }

        return number;
    }

    private void CheckListed(string file, Scalar? value, IReadOnlyList<string> allowed, string key, string what)
    {
        if (value is not null && !allowed.Contains(value.Value, StringComparer.Ordinal))
        {
            Error(file, value.At, FactErrorCodes.InvalidAmount,
                $"amount '{key}' '{value.Value}' is not a {what} of the schema; expected one of: {string.Join(", ", allowed)}");
        }
    }

    private bool ParseFlag(string file, Scalar? flag)
    {
        if (flag is null)
        {
            return false;
        }

        if (bool.TryParse(flag.Value, out var set))
        {
            return set;
        }

        Error(file, flag.At, FactErrorCodes.InvalidAmount, $"amount 'approximate' must be true or false, not '{flag.Value}'");
        return false;
    }
}
