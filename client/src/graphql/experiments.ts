/** Experiments page: every experiment with its report. */
import { graphql, type ResultOf } from './graphql';

const ESTIMATE = graphql(`
  fragment EstimateFields on Estimate {
    value
    low
    high
  }
`);

const COMPARISON = graphql(`
  fragment ComparisonFields on Comparison {
    difference
    low
    high
    pValue
    test
  }
`);

export const ExperimentsQuery = graphql(
  `
    query Experiments {
      experiments {
        id
        name
        status
        createdAt
        startedAt
        stoppedAt
        attributionDays
        report {
          variants {
            name
            strategy
            weight
            control
            assigned
            exposed
            clickers
            converters
            revenue
            clickThroughRate {
              ...EstimateFields
            }
            conversionRate {
              ...EstimateFields
            }
            revenuePerExposed {
              ...EstimateFields
            }
            vsControl {
              clickThroughRate {
                ...ComparisonFields
              }
              conversionRate {
                ...ComparisonFields
              }
              revenuePerExposed {
                ...ComparisonFields
              }
            }
          }
          sampleRatio {
            chiSquare
            df
            pValue
            mismatch
          }
          lift
          sampleSizePerVariant
        }
      }
    }
  `,
  [ESTIMATE, COMPARISON],
);

export type ExperimentsData = ResultOf<typeof ExperimentsQuery>;
export type ExperimentData = ExperimentsData['experiments'][number];
export type VariantReportData = ExperimentData['report']['variants'][number];
export type EstimateData = ResultOf<typeof ESTIMATE>;
export type ComparisonData = ResultOf<typeof COMPARISON>;
