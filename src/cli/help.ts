// The --help texts: one for the tool, one per command.

export const MAIN_HELP = `Usage: plumbline <command> [options]

Keep every marketing and sales story true to one plumb line, compare total
costs of ownership, and rank offers on value, from JSON, YAML and Markdown files.

Commands:
  check <files or folders...>   check stories against the plumb line (CI: exit 1 on errors)
  tco <tco or offer files...>   compare total costs of ownership side by side
  score <offers file>           rank offers for a relationship or a segment
  schema [Model]                print the JSON Schema of one model, or all of them
  init [folder]                 write a small working workspace to try the commands on

Options:
  -h, --help      show help (also: plumbline <command> --help)
  -v, --version   print the version
      --debug     print stack traces of unexpected errors

Exit codes: 0 success; 1 check found errors (or more warnings than --max-warnings);
2 usage error or bad input (unknown option, missing file, malformed JSON or YAML,
a document that fails its schema).

Docs: docs/cli.md in the package repository.
`;

export const CHECK_HELP = `Usage: plumbline check <files or folders...> --plumb-line <file> [options]

Checks stories against the plumb line, their audiences and each other.
Stories are Markdown files with YAML front matter (the Story fields; the body
is the text after the front matter), or JSON / YAML files holding one story or
a list. Folders are walked for .md, .markdown, .json, .yaml and .yml files
(hidden folders and node_modules skipped). Every model file may be JSON or YAML.

Options:
  -p, --plumb-line <file>      the plumb line (required)
      --segments <file>        segments: one, a list, or NDJSON
      --relationships <file>   relationships: one, a list, or NDJSON
      --as-of <date>           date for the circulation rule (ISO date or date-time)
  -f, --format <format>        stylish (default), json or sarif
  -o, --output <file>          write the report to a file instead of stdout
      --max-warnings <n>       exit 1 when there are more than n warnings (default: no limit)
      --rule <id>=<severity>   set a rule to error, warning, info or off (repeatable)
      --fix                    apply safe fixes to the story files in place, then report what remains
      --fix-dry-run            print the fixes as a unified diff instead of writing them
  -h, --help                   show this help
      --debug                  print stack traces of unexpected errors

Positions are the file's own lines and columns (front matter counted); for
stories inside JSON or YAML files they are lines and columns of the body.
SARIF artifact URIs are relative to the working directory.

Exit codes: 0 no errors and warnings within --max-warnings; 1 otherwise;
2 usage error or bad input.

Example:
  plumbline check stories --plumb-line plumb-line.yaml --segments segment.yaml \\
    --relationships relationship.yaml --format sarif --output plumbline.sarif
`;

export const TCO_HELP = `Usage: plumbline tco <tco or offer files...> [options]

Compares total costs of ownership side by side: nominal total, present value,
price, ranks, the distance to the best, break-evens, and whether the cheapest
price is the cheapest TCO. Each file (JSON or YAML) holds a TCO, an offer (an
object with a "tco"), or a list of either.

Options:
      --currency <code>        compare in this currency (default: the first file's TCO's)
      --rate <CUR>=<rate>      exchange rate into --currency: USD=0.92 means 1 USD = 0.92 (repeatable)
      --discount-rate <rate>   one annual discount rate for every present value (default: the TCOs')
      --basis <basis>          rank by presentValue (default) or nominal
  -f, --format <format>        table (default) or json (compareTco's result)
      --chart <out.svg>        also write the cumulative-cost chart as SVG
      --locale <locale>        locale for amounts in the table and chart (default en-US)
  -h, --help                   show this help
      --debug                  print stack traces of unexpected errors

Exit codes: 0 success; 2 usage error or bad input.

Example:
  plumbline tco offers.yaml --chart tco.svg
`;

export const SCORE_HELP = `Usage: plumbline score <offers file> (--relationship <file> | --segment <file> | --relationships <file.ndjson>) [options]

Ranks offers by the value they deliver for the money, for one buyer: a
relationship (one person, their goals and risks) or a segment (the average
buyer). The offers file (JSON or YAML) holds one offer or a list.

Options:
      --relationship <file>    rank for this relationship
      --segment <file>         rank for this segment
      --relationships <file>   NDJSON, one relationship a line: stream one line of JSON per
                               relationship ({"relationshipId", "ranking"}) with constant memory;
                               progress on stderr when stderr is a terminal
      --rate <CUR>=<rate>      exchange rate into an offer's TCO currency (repeatable)
  -f, --format <format>        table (default) or json (rankOffers' result)
      --locale <locale>        locale for amounts in the table (default en-US)
  -h, --help                   show this help
      --debug                  print stack traces of unexpected errors

Exit codes: 0 success; 2 usage error or bad input (for NDJSON, the message
names the line).

Example:
  plumbline score offers.yaml --relationship relationship.yaml
  plumbline score offers.yaml --relationships crm-export.ndjson > rankings.ndjson
`;

export const SCHEMA_HELP = `Usage: plumbline schema [Model]

Prints the JSON Schema (draft 2020-12) of one model, or of all of them as one
object keyed by model name. Models: Money, PlumbLine, Story, Segment,
Relationship, TotalCostOfOwnership, Offer (the file names such as plumb-line
and total-cost-of-ownership work too, in any case).

Options:
  -h, --help      show this help
      --debug     print stack traces of unexpected errors

Exit codes: 0 success; 2 unknown model.
`;

export const INIT_HELP = `Usage: plumbline init [folder]

Writes a small working workspace into the folder (default: the current one):
plumb-line.yaml, stories/launch.md (marketing), stories/follow-up.md (sales),
segment.yaml, relationship.yaml and offers.yaml (two offers), so that check,
tco and score run on it at once. Refuses to overwrite any file.

Options:
  -h, --help      show this help
      --debug     print stack traces of unexpected errors

Exit codes: 0 success; 2 a file already exists, or the folder cannot be written.
`;
