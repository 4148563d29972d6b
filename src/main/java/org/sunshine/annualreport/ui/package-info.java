/**
 * The staff's screens of the annual reports: the year's reports of every organ with their deadlines' marks, and one
 * report — its tables as the national format prints them, its text sections, its steps, history and editions.
 */
package org.sunshine.annualreport.ui;
